/**
 * The article's scroll rail: while the panel is docked on the right, the page's
 * own scrollbar would sit at the window's edge, on the far side of the panel and
 * next to the panel's own scrollbar (two scrollbars side by side, the outer one
 * scrolling the article). The page's scrollbar is hidden then (scrollbar-width:
 * none on <html>, put back exactly when the panel folds or leaves) and this rail
 * shows the article's position at the panel's inner edge: drag the thumb, or
 * click the track to page up or down. The page still scrolls by wheel and keys
 * as before; the rail is a pointer aid only (aria-hidden).
 *
 * The rail never asks the page for a layout of its own: the page's height is read
 * in a ResizeObserver callback (after the browser's layout, when the read is free),
 * the scroll position when the page scrolls. Reading scrollHeight right after the
 * marks went in made the browser lay out a 4.9 MB page inside our task (209 ms).
 * @module lib/ext/page/scroll-rail
 */

export interface ScrollRail {
  /** Show the rail at `right` px from the window's right edge, or hide it (null). */
  place(right: number | null): void;
  /** Follow the scroll position (call on scroll: the height follows the page by itself). */
  update(): void;
  remove(): void;
}

/** Build the rail in `slot` (inside our shadow root) for `win`'s document. */
export function createScrollRail(slot: HTMLElement, win: Window): ScrollRail {
  const doc = win.document;
  const html = doc.documentElement;
  const rail = doc.createElement('div');
  rail.className = 'scroll-rail';
  rail.setAttribute('aria-hidden', 'true');
  rail.dataset.rrScrollRail = '';
  const thumb = doc.createElement('div');
  thumb.className = 'scroll-thumb';
  rail.append(thumb);
  let savedScrollbar: string | null = null;
  let shown = false;
  /** The page's scroll height and scroll position (px) as last read; null until the first read after layout. */
  let pageHeight: number | null = null;
  let scrollTop = 0;

  const metrics = () => {
    const total = pageHeight ?? win.innerHeight;
    const scrollable = Math.max(0, total - win.innerHeight);
    const height = Math.max(24, (win.innerHeight * win.innerHeight) / Math.max(total, 1));
    return { scrollable, height, travel: win.innerHeight - height };
  };
  const draw = () => {
    if (!shown) return;
    const { scrollable, height, travel } = metrics();
    rail.style.display = scrollable > 0 ? '' : 'none';
    thumb.style.height = `${height}px`;
    thumb.style.top = `${scrollable ? (Math.min(scrollTop, scrollable) / scrollable) * travel : 0}px`;
  };
  // Observed only while shown; its first call comes after the next layout.
  const heightWatch = new ResizeObserver(() => {
    pageHeight = html.scrollHeight;
    scrollTop = win.scrollY;
    draw();
  });
  const update = () => {
    if (!shown) return;
    scrollTop = win.scrollY;
    draw();
  };

  let drag: { startY: number; startScroll: number } | null = null;
  thumb.addEventListener('pointerdown', (e) => {
    if (!e.isTrusted) return;
    e.preventDefault();
    e.stopPropagation();
    drag = { startY: e.clientY, startScroll: win.scrollY };
    thumb.classList.add('dragging');
    thumb.setPointerCapture(e.pointerId);
  });
  thumb.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const { scrollable, travel } = metrics();
    win.scrollTo({ top: drag.startScroll + ((e.clientY - drag.startY) / Math.max(travel, 1)) * scrollable, behavior: 'instant' as ScrollBehavior });
  });
  const endDrag = () => {
    drag = null;
    thumb.classList.remove('dragging');
  };
  thumb.addEventListener('pointerup', endDrag);
  thumb.addEventListener('pointercancel', endDrag);
  rail.addEventListener('pointerdown', (e) => {
    if (!e.isTrusted || e.target !== rail) return;
    // A click on the track pages toward it, as a native scrollbar does.
    const above = e.clientY < thumb.getBoundingClientRect().top;
    win.scrollBy({ top: (above ? -1 : 1) * win.innerHeight * 0.9 });
  });

  return {
    place(right) {
      if (right === null) {
        if (!shown) return;
        shown = false;
        heightWatch.disconnect();
        rail.remove();
        html.style.scrollbarWidth = savedScrollbar ?? '';
        if (!html.getAttribute('style')) html.removeAttribute('style');
        savedScrollbar = null;
        return;
      }
      if (!shown) {
        savedScrollbar = html.style.scrollbarWidth;
        html.style.scrollbarWidth = 'none';
        slot.append(rail);
        shown = true;
        heightWatch.observe(html);
      }
      rail.style.right = `${right}px`;
      draw();
    },
    update,
    remove() {
      this.place(null);
    },
  };
}
