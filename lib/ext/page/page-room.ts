/**
 * Make room for the docked panel so it never covers the article text: shift
 * the page with a margin on <html> on the panel's side, and report when even
 * that is not enough (then the panel folds to its slim tab).
 * @module lib/ext/page/page-room
 */
import type { PanelSide, Settings } from '../../settings';

/** Width of the article's scroll rail beside a panel docked on the right (page-ui.css .scroll-rail). */
export const RAIL_WIDTH = 12;

let saved: { side: PanelSide; value: string } | null = null;

const marginOf = (side: PanelSide) => (side === 'right' ? 'marginRight' : 'marginLeft');

/** Give the page `width` pixels of room on `side`; idempotent; moving sides puts the other margin back first. */
export function makeRoom(doc: Document, width: number, side: PanelSide = 'right'): void {
  const html = doc.documentElement;
  if (saved && saved.side !== side) releaseRoom(doc);
  if (saved === null) saved = { side, value: html.style[marginOf(side)] };
  html.style[marginOf(side)] = `${width}px`;
}

/** Put the page's own margin back exactly as it was. */
export function releaseRoom(doc: Document): void {
  if (saved === null) return;
  const html = doc.documentElement;
  html.style[marginOf(saved.side)] = saved.value;
  if (!html.getAttribute('style')) html.removeAttribute('style');
  saved = null;
}

/** True when the article's text still reaches under a panel of `width` docked on `side`. */
export function articleOverlapsPanel(root: Element | null, win: Window, width: number, side: PanelSide = 'right'): boolean {
  if (!root) return false;
  const rect = root.getBoundingClientRect();
  if (rect.width <= 0) return false;
  return side === 'right' ? rect.right > win.innerWidth - width : rect.left < width;
}

/** The pixels our docked UI takes at each edge of the window (0 when folded): the panel, and on the
 * right the article's scroll rail beside it. Popups and the selection toolbar stay between. */
export function panelSpace(settings: Pick<Settings, 'panelSide' | 'panelWidth'>, folded: boolean): { left: number; right: number } {
  if (folded) return { left: 0, right: 0 };
  return settings.panelSide === 'right' ? { left: 0, right: settings.panelWidth + RAIL_WIDTH } : { left: settings.panelWidth, right: 0 };
}
