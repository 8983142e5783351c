/**
 * The page side's own small UI, drawn in our closed shadow root: the toolbar over
 * a selection and the hover popup. Maps the state to the components' props.
 * @module lib/ext/page/page-ui
 */
import type { PageState } from './page-state';
import type { Highlighter } from './highlighter';
import type { Pinyin } from './pinyin';
import { SelectionToolbar } from '../../../components/SelectionToolbar';
import { HoverPopup } from '../../../components/HoverPopup';
import { PANEL_WIDTH } from './page-room';

type PageUiProps = {
  state: PageState;
  highlighter: Highlighter | null;
  pinyin: Pinyin;
};

/** The selection toolbar (when the reader can highlight) and the popup (when pinyin is on). */
export function PageUi({ state, highlighter, pinyin }: PageUiProps) {
  const { selection, popup, settings, words, corrections } = state;
  const popupWord = popup && settings.pinyin ? words?.items[popup.index] ?? null : null;
  return (
    <>
      {highlighter && selection && state.highlightable && !state.readOnly ? (
        <SelectionToolbar
          x={selection.x}
          y={selection.y}
          maxRight={state.settings.panelCollapsed || state.autoCollapsed ? undefined : window.innerWidth - PANEL_WIDTH}
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
          corrected={popupWord.text in corrections}
          alternatives={popup!.alternatives}
          onAskAlternatives={() => void pinyin.askAlternatives()}
          onCorrect={(p) => void pinyin.correct(p)}
        />
      ) : null}
    </>
  );
}
