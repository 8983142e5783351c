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

/** True when the article (its box `rect`, in viewport pixels) still reaches under a panel of `width` docked on `side`. */
export function articleOverlapsPanel(rect: { width: number; left: number; right: number }, win: Window, width: number, side: PanelSide = 'right'): boolean {
  if (rect.width <= 0) return false;
  return side === 'right' ? rect.right > win.innerWidth - width : rect.left < width;
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

/** The pixels the docked panel takes on its side: the panel, and on the right the article's scroll rail beside it. */
export function dockedWidth(settings: Pick<Settings, 'panelSide' | 'panelWidth'>): number {
  return settings.panelWidth + (settings.panelSide === 'right' ? RAIL_WIDTH : 0);
}

/** The pixels our docked UI takes at each edge of the window (0 when folded). Popups and the
 * selection toolbar stay between. */
export function panelSpace(settings: Pick<Settings, 'panelSide' | 'panelWidth'>, folded: boolean): { left: number; right: number } {
  if (folded) return { left: 0, right: 0 };
  const width = dockedWidth(settings);
  return settings.panelSide === 'right' ? { left: 0, right: width } : { left: width, right: 0 };
}
