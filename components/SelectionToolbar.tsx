import type { HighlightColor } from '../lib/store/types';
import { ColorChoices } from './ColorChoices';

type SelectionToolbarProps = {
  /** Viewport position of the selection's top centre. */
  x: number;
  y: number;
  onHighlight: (color?: HighlightColor) => void;
  onNote: () => void;
  /** Shown when an orphaned highlight waits to be re-attached to this selection. */
  onReattach?: () => void;
};

/** The small bar above a selection in the article: highlight, pick a colour, add a note. */
export function SelectionToolbar({ x, y, onHighlight, onNote, onReattach }: SelectionToolbarProps) {
  return (
    <div class="toolbar" role="toolbar" aria-label="标注 Highlight" style={{ left: `${x}px`, top: `${y}px` }} onMouseDown={(e) => e.preventDefault()}>
      <button type="button" class="toolbar-main" data-action="highlight" onClick={() => onHighlight()}>
        标注 Highlight
      </button>
      <ColorChoices action="highlight-color" onChoose={(c) => onHighlight(c)} />
      <button type="button" data-action="highlight-note" onClick={onNote}>
        笔记 Note
      </button>
      {onReattach ? (
        <button type="button" data-action="reattach-here" onClick={onReattach}>
          重新附上 Re-attach
        </button>
      ) : null}
    </div>
  );
}
