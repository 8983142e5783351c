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

/** True when the article (its box `rect`, in viewport pixels) still reaches under a panel of `width` at the right edge. */
export function articleOverlapsPanel(rect: { width: number; right: number }, win: Window, width: number): boolean {
  return rect.width > 0 && rect.right > win.innerWidth - width;
}

/**
 * Elements above which a page counts as large: laying one out takes long enough (0.2 s for a
 * 4.9 MB article) that we never force it inside our own task. A People's Daily article page
 * has about 1,500–3,000 elements.
 */
export const LARGE_PAGE_ELEMENTS = 15_000;

/** True for a page with more than LARGE_PAGE_ELEMENTS elements. */
export function isLargePage(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > LARGE_PAGE_ELEMENTS;
}

/**
 * The box of `el` as the browser's next layout places it (viewport pixels), without forcing a
 * layout now: an IntersectionObserver reports it once the page has been laid out anyway.
 */
export function rectAfterLayout(el: Element): Promise<DOMRectReadOnly> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      observer.disconnect();
      resolve(entries[entries.length - 1].boundingClientRect);
    });
    observer.observe(el);
  });
}
