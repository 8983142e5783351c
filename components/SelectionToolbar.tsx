import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { HighlightColor } from '../lib/store/types';
import { ColorChoices } from './ColorChoices';

type SelectionToolbarProps = {
  /** Viewport position of the selection's top centre. */
  x: number;
  y: number;
  /** Rightmost x the bar may reach (the docked panel starts there). */
  maxRight?: number;
  onHighlight: (color?: HighlightColor) => void;
  onNote: () => void;
};

const MARGIN = 8;

/** The small bar above a selection in the article: highlight, pick a colour, add a note. Kept inside the window. */
export function SelectionToolbar({ x, y, maxRight, onHighlight, onNote }: SelectionToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [left, setLeft] = useState(x);
  useLayoutEffect(() => {
    // Centred over the selection, but never past the window's edges or under the panel.
    const width = ref.current?.offsetWidth ?? 0;
    const right = Math.min(maxRight ?? window.innerWidth, window.innerWidth) - MARGIN;
    setLeft(Math.max(MARGIN, Math.min(x - width / 2, right - width)));
  }, [x, maxRight]);
  return (
    <div ref={ref} class="toolbar" role="toolbar" aria-label="标注 Highlight" style={{ left: `${left}px`, top: `${y}px` }} onMouseDown={(e) => e.preventDefault()}>
      <button type="button" class="toolbar-main" data-action="highlight" onClick={() => onHighlight()}>
        标注 Highlight
      </button>
      <ColorChoices action="highlight-color" onChoose={(c) => onHighlight(c)} />
      <button type="button" data-action="highlight-note" onClick={onNote}>
        笔记 Note
      </button>
    </div>
  );
}
