/**
 * Make room for the docked panel so it never covers the article text: shift
 * the page with a right margin on <html>, and report when even that is not
 * enough (then the panel folds to its slim tab).
 * @module lib/ext/page/page-room
 */

/** Panel width in CSS pixels; page-ui.css (.frame-box) uses the same number. */
export const PANEL_WIDTH = 360;

let saved: string | null = null;

/** Give the page room on the right; idempotent. */
export function makeRoom(doc: Document, width: number): void {
  const html = doc.documentElement;
  if (saved === null) saved = html.style.marginRight;
  html.style.marginRight = `${width}px`;
}

/** Put the page's own margin back exactly as it was. */
export function releaseRoom(doc: Document): void {
  if (saved === null) return;
  const html = doc.documentElement;
  html.style.marginRight = saved;
  if (!html.getAttribute('style')) html.removeAttribute('style');
  saved = null;
}

/** True when the article's text still reaches under a panel of `width` at the right edge. */
export function articleOverlapsPanel(root: Element | null, win: Window, width: number): boolean {
  if (!root) return false;
  const rect = root.getBoundingClientRect();
  return rect.width > 0 && rect.right > win.innerWidth - width;
}
