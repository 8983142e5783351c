/**
 * The article's mark layers (dates and figures, terms, highlights, ruby) in
 * one fixed stacking order. A change to a layer removes it and every layer
 * inside it, innermost first, and applies them again, so turning one off
 * restores the page DOM exactly and layers always nest the same way.
 * Layers are applied in slices of the page's time (lib/ext/page/slices): what
 * fits in one slice is done at once, a huge page's thousands of marks follow
 * slice by slice, and a newer change stops the one still being applied.
 * @module lib/ext/page/mark-layers
 */
import { startMarks, type MarkLayer, type MarkOptions, type MarkSpan } from '../../dom/marks';
import { SLICE_MS, yieldToPage } from './slices';
import type { TextModel } from '../../dom/text-model';
import { offsetsOfRange, rangeOf } from '../../dom/ranges';
import { markColors } from '../../theme/css';
import { rubyCss } from './ruby-css';

/** Stacking order, outermost first. */
export const LAYER_ORDER = ['annotations', 'terms', 'saved', 'highlights', 'ruby'] as const;
export type LayerName = (typeof LAYER_ORDER)[number];

const PAGE_STYLE_ID = 'renmin-reader-marks';

/** Styles for our marks in the page: underlines and backgrounds only, nothing that moves text.
 * Marks are <mark> elements (built-in, so a page cannot take them over as a custom element):
 * reset what a page or the browser gives <mark> first, with !important against page rules.
 * Colours are those of lib/theme for a light or a dark page (checked for contrast there). */
export function markCss(tone: 'light' | 'dark'): string {
  const m = markColors(tone);
  const hl = m.highlights;
  return `
mark[data-rr-kind] { all: unset; display: inline !important; font: inherit !important; color: inherit !important; background: none !important; }
mark[data-rr-kind="date"] { border-bottom: 2px solid ${m.date} !important; }
mark[data-rr-kind="figure"] { border-bottom: 2px dotted ${m.figure} !important; }
mark[data-rr-kind="ordinal"] { border-bottom: 1px dotted ${m.ordinal} !important; }
mark[data-rr-kind="term"] { border-bottom: 1px dashed ${m.term} !important; }
mark[data-rr-kind="saved-word"] { border-bottom: 2px solid ${m.savedWord} !important; }
mark[data-rr-kind="highlight"] { background: ${hl.yellow} !important; cursor: pointer; border-radius: 2px; }
mark[data-rr-kind="highlight"][data-rr-color="green"] { background: ${hl.green} !important; }
mark[data-rr-kind="highlight"][data-rr-color="blue"] { background: ${hl.blue} !important; }
mark[data-rr-kind="highlight"][data-rr-color="pink"] { background: ${hl.pink} !important; }
mark[data-rr-kind="highlight"][data-rr-color="purple"] { background: ${hl.purple} !important; }
${rubyCss(m)}mark[data-rr-kind].rr-flash { animation: rr-mark-flash 1.6s ease-out; }
@keyframes rr-mark-flash { 0%, 60% { box-shadow: 0 0 0 3px rgba(255, 196, 0, 0.8); } 100% { box-shadow: none; } }
`;
}

export interface MarkLayers {
  /** The text model over the page as it is now (under all applied layers). */
  model(): TextModel;
  /**
   * Replace a layer's spans (and apply it if enabled); options as for applyMarks. Resolves when
   * the layers are in the page, or when a newer change took over.
   */
  set(name: LayerName, spans: MarkSpan[], options?: Omit<MarkOptions, 'matchPrefix'>): Promise<void>;
  enable(name: LayerName, on: boolean): Promise<void>;
  /** True when the layer has spans applied in the page now. */
  has(name: LayerName): boolean;
  /** Elements of one span of a layer (for scrolling to it). */
  elementsOf(name: LayerName, spanIndex: number): Element[];
  /** Keep only the spans of a layer that pass `keep` (null: all of them); applied again at once. */
  setFilter(name: LayerName, keep: ((span: MarkSpan) => boolean) | null): void;
  /** Draw the marks for a light or a dark page (the page's measured background). */
  setTone(tone: 'light' | 'dark'): void;
  /** Remove every layer and our page style. */
  clear(): void;
  /**
   * The page replaced the article's DOM under us: forget the applied layers (their elements are
   * gone or are copies), take `model` as the new unmarked base and apply the layers' spans again.
   * Spans index the text, so they stay right when `model.text` is the same; otherwise the caller
   * sets each layer anew. Every element of ours still in the page is the caller's to remove first.
   */
  rebase(model: TextModel, keepSpans: boolean): void;
}

/** Manage mark layers over `base`, the model of the unmarked page; `sliceMs` is the time one slice may use. */
export function createMarkLayers(base: TextModel, doc: Document, { sliceMs = SLICE_MS } = {}): MarkLayers {
  const spans = new Map<LayerName, MarkSpan[]>();
  const options = new Map<LayerName, Omit<MarkOptions, 'matchPrefix'>>();
  const enabled = new Set<LayerName>(LAYER_ORDER);
  const filters = new Map<LayerName, (span: MarkSpan) => boolean>();
  let tone: 'light' | 'dark' = 'light';
  let applied: { name: LayerName; layer: MarkLayer }[] = [];
  let top = base;

  const ensureStyle = () => {
    if (doc.getElementById(PAGE_STYLE_ID)) return;
    const style = doc.createElement('style');
    style.id = PAGE_STYLE_ID;
    style.setAttribute('data-rr-skip', '');
    style.textContent = markCss(tone);
    (doc.head ?? doc.documentElement).append(style);
  };

  const removeAll = () => {
    for (const { layer } of applied.reverse()) layer.remove();
    applied = [];
    top = base;
  };

  // Whether the page may have a selection. Every getter of the Selection API (rangeCount, type,
  // isCollapsed, anchorNode) lays the page out when the DOM changed, even with no selection:
  // 85–98 ms on a page of 20,000 paragraphs, and 187 ms inside our first slice on the bench's
  // huge page. So it is asked only after the selection changed, and once at the start, after
  // the browser's next frame (its layout done, before our marks change anything).
  let maybeSelected = false;
  doc.addEventListener('selectionchange', () => { maybeSelected = true; });
  const win = doc.defaultView;
  if (typeof win?.requestAnimationFrame === 'function') {
    win.requestAnimationFrame(() => win.setTimeout(() => {
      if (!doc.getSelection()?.isCollapsed) maybeSelected = true;
    }, 0));
  } else maybeSelected = true; // no frames (a DOM without layout): asking costs nothing


  /** The reader's selection in article text, so it survives the DOM swap of a reapply. */
  const saveSelection = () => {
    if (!maybeSelected) return null;
    const sel = doc.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) {
      maybeSelected = false;
      return null;
    }
    return offsetsOfRange(top, sel.getRangeAt(0));
  };
  const restoreSelection = (saved: { start: number; end: number } | null) => {
    if (!saved) return;
    const range = rangeOf(top, saved.start, saved.end);
    const sel = doc.getSelection();
    if (!range || !sel) return;
    sel.removeAllRanges();
    sel.addRange(range);
  };

  /** The change being applied; a newer one stops it between two slices. */
  let job = 0;
  /** LAYER_ORDER index of the first layer the running change has not finished (null: none runs). */
  let unfinished: number | null = null;

  /**
   * Re-apply `from` and every layer inside it; outer layers stay as they are (less DOM work).
   * Runs at once as far as one slice allows, then slice by slice; the reader's selection is kept
   * across every slice (the text nodes under it are swapped).
   */
  const reapply = async (from: LayerName = LAYER_ORDER[0]): Promise<void> => {
    const mine = ++job;
    let selection = saveSelection();
    // A change stopped half-way is taken over: its layers are applied again from where it began.
    const cut = Math.min(LAYER_ORDER.indexOf(from), unfinished ?? LAYER_ORDER.length);
    unfinished = cut;
    while (applied.length && LAYER_ORDER.indexOf(applied[applied.length - 1].name) >= cut) applied.pop()!.layer.remove();
    top = applied.length ? applied[applied.length - 1].layer.model : base;
    let sliceStart = performance.now();
    for (const name of LAYER_ORDER.slice(cut)) {
      const keep = filters.get(name);
      const all = spans.get(name);
      const list = keep && all ? all.filter(keep) : all;
      if (!enabled.has(name) || !list?.length) continue;
      ensureStyle();
      const layer = startMarks(top, list, { ...options.get(name), matchPrefix: name[0] });
      applied.push({ name, layer });
      for (let step = layer.steps.next(); !step.done; step = layer.steps.next()) {
        top = layer.model;
        if (performance.now() - sliceStart < sliceMs) continue;
        restoreSelection(selection);
        await yieldToPage();
        if (mine !== job) return; // a newer change removed this layer and took over
        selection = saveSelection();
        sliceStart = performance.now();
      }
      top = layer.model;
      unfinished = LAYER_ORDER.indexOf(name) + 1;
    }
    unfinished = null;
    if (!applied.length) doc.getElementById(PAGE_STYLE_ID)?.remove();
    restoreSelection(selection);
  };

  return {
    model: () => top,
    set(name, list, opts) {
      spans.set(name, list);
      if (opts) options.set(name, opts);
      return reapply(name);
    },
    enable(name, on) {
      if (on === enabled.has(name)) return Promise.resolve();
      if (on) enabled.add(name);
      else enabled.delete(name);
      return reapply(name);
    },
    setFilter(name, keep) {
      if (!keep && !filters.has(name)) return;
      if (keep) filters.set(name, keep);
      else filters.delete(name);
      reapply(name);
    },
    setTone(next) {
      if (next === tone) return;
      tone = next;
      const style = doc.getElementById(PAGE_STYLE_ID);
      if (style) style.textContent = markCss(tone);
    },
    has: (name) => applied.some((a) => a.name === name),
    elementsOf(name, index) {
      return applied.find((a) => a.name === name)?.layer.elements[index] ?? [];
    },
    clear() {
      job++;
      unfinished = null;
      removeAll();
      doc.getElementById(PAGE_STYLE_ID)?.remove();
    },
    rebase(model, keepSpans) {
      job++;
      applied = [];
      base = model;
      top = model;
      if (!keepSpans) spans.clear();
      void reapply();
    },
  };
}
