/**
 * Where the word popup goes: beside its word, never over it and never under the
 * docked panel, on the side of the word with room for it (below by preference),
 * and never taller than that room (it scrolls inside instead of running off
 * the window or over the line the reader is reading). Pure: rectangles in,
 * a position out, all in viewport pixels.
 * @module lib/format/popup-place
 */

/** The popup's position: `top` when it hangs below the word, `bottom` (from the window's bottom edge) when above. */
export interface PopupPlace {
  left: number;
  top?: number;
  bottom?: number;
  /** Most height the popup may take on its side. */
  maxHeight: number;
  above: boolean;
}

/** What placing needs: the word's box, the window, the band between our docked UI, the popup's width. */
export interface PlaceInput {
  word: { left: number; top: number; bottom: number };
  view: { width: number; height: number };
  /** Pixels our docked UI (the panel, the scroll rail) takes at each edge. */
  band: { left: number; right: number };
  width: number;
  /** The reader asked for a side (the A key); else the side with room. */
  prefer?: 'above' | 'below';
}

/** Space kept between the popup and its word, and between the popup and the window's edges. */
const GAP = 8;
const EDGE = 4;
/** Below this height the popup would show one or two senses: the other side is tried when it has more room. */
const ENOUGH = 200;

/** Place the popup (see the module doc). */
export function placePopup({ word, view, band, width, prefer }: PlaceInput): PopupPlace {
  const min = band.left + EDGE;
  const max = view.width - band.right - width - EDGE;
  const left = Math.max(min, Math.min(word.left, max));
  const below = view.height - word.bottom - GAP - EDGE;
  const above = word.top - GAP - EDGE;
  const goAbove = prefer ? prefer === 'above' : below < ENOUGH && above > below;
  if (goAbove) return { left, bottom: view.height - word.top + GAP, maxHeight: Math.max(0, above), above: true };
  return { left, top: word.bottom + GAP, maxHeight: Math.max(0, below), above: false };
}
