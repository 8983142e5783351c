/**
 * The page side's own UI, drawn by Preact in our shadow root: the selection
 * toolbar and the word popup, in the reader's language. Maps the state to the
 * components' props.
 * @module lib/ext/page/page-ui
 */
import type { PageState } from './page-state';
import type { Highlighter } from './highlighter';
import type { Pinyin } from './pinyin';
import type { UiTranslator } from '../../i18n';
import { SelectionToolbar } from '../../../components/SelectionToolbar';
import { HoverPopup } from '../../../components/HoverPopup';
import { I18n } from '../../../components/i18n';
import { panelSpace } from './page-room';
import { describeWord, numeralMark, popupWord, readingOf } from '../../words/word-info';

type PageUiProps = {
  state: PageState;
  highlighter: Highlighter | null;
  pinyin: Pinyin;
  t: UiTranslator;
};

/** The popup for the state's popup word (pinyin on, or opened from the keyboard), or nothing. */
function Popup({ state, pinyin }: Omit<PageUiProps, 'highlighter' | 't'>) {
  const { popup, settings, corrections } = state;
  const w = popup && (settings.pinyin || popup.pinned) ? popupWord(state) : null;
  const description = w ? describeWord(state, popup!.index, popup!.outside) : null;
  if (!w || !description) return null;
  const numeral = numeralMark(description, w.text);
  return (
    <HoverPopup
      key={`${popup!.outside?.id ?? 'article'}:${popup!.index}`}
      word={numeral ?? w.text}
      pinyin={numeral ? '' : readingOf(state, w)}
      description={description}
      place={popup!.place}
      toneColors={settings.toneColors}
      toneScheme={settings.toneScheme}
      pinyinStyle={settings.pinyinStyle}
      corrected={w.text in corrections}
      alternatives={popup!.alternatives}
      pinned={!!popup!.pinned}
      saved={state.savedWords.some((s) => s.word === w.text)}
      canSave={!state.readOnly && !numeral}
      speech={state.speech}
      onAskAlternatives={() => void pinyin.askAlternatives()}
      onCorrect={(p) => void pinyin.correct(p)}
      onToggleSaved={() => void pinyin.toggleSaved()}
      onSpeak={() => void pinyin.speak()}
      onClose={() => pinyin.close()}
    />
  );
}

/** The selection toolbar (when the reader can highlight) and the popup. */
export function PageUi({ state, highlighter, pinyin, t }: PageUiProps) {
  const { selection, popup, settings } = state;
  const space = panelSpace(settings, settings.panelCollapsed || state.autoCollapsed);
  return (
    <I18n.Provider value={t}>
      {highlighter && selection && state.highlightable && !state.readOnly && !popup?.pinned ? (
        <SelectionToolbar
          x={selection.x}
          y={selection.y}
          minLeft={space.left}
          maxRight={window.innerWidth - space.right}
          speech={state.speech}
          onHighlight={(color) => void highlighter.saveSelection(color)}
          onNote={() => void highlighter.saveSelection(undefined, true)}
          onSpeak={() => void pinyin.speak(state.extraction.text.slice(selection.start, selection.end))}
        />
      ) : null}
      <Popup state={state} pinyin={pinyin} />
    </I18n.Provider>
  );
}
