/**
 * The article's scroll rail: while the panel is docked on the right, the page's
 * own scrollbar would sit at the window's edge, on the far side of the panel and
 * next to the panel's own scrollbar (two scrollbars side by side, the outer one
 * scrolling the article). The page's scrollbar is hidden then (scrollbar-width:
 * none on <html>, put back exactly when the panel folds or leaves) and this rail
 * shows the article's position at the panel's inner edge: drag the thumb, or
 * click the track to page up or down. The page still scrolls by wheel and keys
 * as before; the rail is a pointer aid only (aria-hidden).
 * @module lib/ext/page/scroll-rail
 */

export interface ScrollRail {
  /** Show the rail at `right` px from the window's right edge, or hide it (null). */
  place(right: number | null): void;
  /** Re-measure (the page scrolled or changed height). */
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

  const metrics = () => {
    const scrollable = Math.max(0, html.scrollHeight - win.innerHeight);
    const height = Math.max(24, (win.innerHeight * win.innerHeight) / Math.max(html.scrollHeight, 1));
    return { scrollable, height, travel: win.innerHeight - height };
  };
  const update = () => {
    if (!shown) return;
    const { scrollable, height, travel } = metrics();
    rail.style.display = scrollable > 0 ? '' : 'none';
    thumb.style.height = `${height}px`;
    thumb.style.top = `${scrollable ? (win.scrollY / scrollable) * travel : 0}px`;
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
      }
      rail.style.right = `${right}px`;
      update();
    },
    update,
    remove() {
      this.place(null);
    },
  };
}
