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

type PageUiProps = {
  state: PageState;
  highlighter: Highlighter | null;
  pinyin: Pinyin;
  t: UiTranslator;
};

/** The selection toolbar (when the reader can highlight) and the popup (pinyin on, or opened from the keyboard). */
export function PageUi({ state, highlighter, pinyin, t }: PageUiProps) {
  const { selection, popup, settings, words, corrections } = state;
  const popupWord = popup && (settings.pinyin || popup.pinned) ? words?.items[popup.index] ?? null : null;
  const space = panelSpace(settings, settings.panelCollapsed || state.autoCollapsed);
  return (
    <I18n.Provider value={t}>
      {highlighter && selection && state.highlightable && !state.readOnly && !popup?.pinned ? (
        <SelectionToolbar
          x={selection.x}
          y={selection.y}
          minLeft={space.left}
          maxRight={window.innerWidth - space.right}
          onHighlight={(color) => void highlighter.saveSelection(color)}
          onNote={() => void highlighter.saveSelection(undefined, true)}
        />
      ) : null}
      {popupWord ? (
        <HoverPopup
          key={popup!.index}
          word={popupWord.text}
          pinyin={corrections[popupWord.text] ?? popupWord.pinyin}
          definitions={words?.definitions[popupWord.text] ?? []}
          x={popup!.x}
          y={popup!.y}
          toneColors={settings.toneColors}
          toneScheme={settings.toneScheme}
          pinyinStyle={settings.pinyinStyle}
          corrected={popupWord.text in corrections}
          alternatives={popup!.alternatives}
          pinned={!!popup!.pinned}
          onAskAlternatives={() => void pinyin.askAlternatives()}
          onCorrect={(p) => void pinyin.correct(p)}
          onClose={() => pinyin.close()}
        />
      ) : null}
    </I18n.Provider>
  );
}
