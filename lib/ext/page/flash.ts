/**
 * Scroll the article to a text offset and flash it, drawing the flash in our
 * own layer so the page's DOM is never touched.
 * @module lib/ext/page/flash
 */
import type { TextModel } from '../../dom/text-model';
import { rangeOf } from '../../dom/ranges';

/** Scroll [start, end) into the middle of the view and flash it for a moment in `layer`. */
export function scrollAndFlash(model: TextModel, start: number, end: number, layer: HTMLElement): void {
  const range = rangeOf(model, start, end);
  if (!range) return;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  // Draw after the scroll settles; the layer is position: fixed, so viewport rects fit it.
  window.setTimeout(() => {
    layer.replaceChildren();
    for (const rect of Array.from(range.getClientRects())) {
      const box = layer.ownerDocument.createElement('div');
      box.className = 'flash';
      box.style.left = `${rect.left - 2}px`;
      box.style.top = `${rect.top - 2}px`;
      box.style.width = `${rect.width + 4}px`;
      box.style.height = `${rect.height + 4}px`;
      layer.append(box);
    }
    window.setTimeout(() => layer.replaceChildren(), 1600);
  }, 450);
}

/** Scroll our own marks (one match: a term occurrence, a highlight) into view and flash them. */
export function scrollToMarks(marks: Element[]): void {
  if (!marks.length) return;
  marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  marks.forEach((m) => m.classList.add('rr-flash'));
  setTimeout(() => marks.forEach((m) => {
    m.classList.remove('rr-flash');
    if (!m.getAttribute('class')) m.removeAttribute('class');
  }), 1700);
}
