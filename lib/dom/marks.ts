/**
 * Inline marks over spans of the text model: each span becomes one `<mark data-rr-kind>`
 * per text node it covers (a date half in <strong> gives two elements that
 * share one data-rr-match id). Reversible exactly: page text nodes are never
 * edited, only swapped out for pieces and swapped back in on removal.
 * @module lib/dom/marks
 */
import type { TextModel } from './text-model';

/**
 * The tag of our marks: a built-in element. Why not a custom name such as rr-mark: a page
 * can define a custom element of that name and so run its own code on every mark we insert;
 * a built-in cannot be redefined. Our page style resets it (see MARK_SELECTOR's users).
 */
export const MARK_TAG = 'mark';

/** Every element a mark layer inserts: marks, and the ruby layer's <ruby>/<rt>. */
export const MARK_SELECTOR = 'mark[data-rr-kind], mark[data-rr-ruby], ruby[data-rr-ruby]';

/**
 * Unwrap copies of our marks that are not ours any more: a page that re-renders its body
 * (`el.innerHTML = el.innerHTML`) leaves lookalike elements behind. Their text goes back into
 * the page, their pinyin (<rt data-rr-skip>) goes away. Returns how many were removed.
 */
export function removeStaleMarks(root: Element, keep: ReadonlySet<Element> = new Set()): number {
  let removed = 0;
  for (const el of Array.from(root.querySelectorAll(MARK_SELECTOR))) {
    if (keep.has(el) || !el.parentNode) continue;
    el.querySelectorAll(':scope > rt[data-rr-skip]').forEach((rt) => rt.remove());
    el.replaceWith(...Array.from(el.childNodes));
    removed++;
  }
  return removed;
}

export interface MarkSpan {
  start: number;
  end: number;
  /** data-* attributes and title to set, e.g. { 'data-rr-kind': 'date', title: '…' }. */
  attrs: Record<string, string>;
}

export interface MarkLayer {
  /** The mark elements, by span index (a span may have several). */
  elements: Element[][];
  /** The same text model over the DOM as it now is (marks split text nodes). */
  model: TextModel;
  /** Put the page's own text nodes back exactly where they were. */
  remove(): void;
}

interface Piece { from: number; to: number; span: number }

export interface MarkOptions {
  /** Prefix of data-rr-match ids, so layers do not share ids. */
  matchPrefix?: string;
  /** Element to wrap with (default MARK_TAG); `ruby` for the pinyin layer. */
  tag?: string;
  /** Add nodes after the wrapped text (e.g. an <rt data-rr-skip>); they are removed with the layer. */
  decorate?: (mark: Element, spanIndex: number) => void;
}

/** Wrap every span (sorted, non-overlapping) in marks; spans outside the model, or overlapping an earlier one, are skipped. */
export function applyMarks(model: TextModel, spans: MarkSpan[], options: MarkOptions | string = {}): MarkLayer {
  const { matchPrefix = 'm', tag = MARK_TAG, decorate } = typeof options === 'string' ? { matchPrefix: options } : options;
  // Group the pieces of every span by the text node they fall in.
  const byNode = new Map<number, Piece[]>();
  let lastEnd = 0;
  spans.forEach((span, index) => {
    // Spans must be sorted and apart (see flattenSpans); one that overlaps is skipped
    // rather than wrapping the same text twice.
    if (span.start < lastEnd) return;
    lastEnd = span.end;
    let i = Math.max(0, span.start);
    const end = Math.min(span.end, model.text.length);
    while (i < end) {
      const node = model.charNode[i];
      if (node < 0) { i++; continue; }
      const from = model.charOffset[i];
      let j = i;
      while (j + 1 < end && model.charNode[j + 1] === node) j++;
      const piece = { from, to: model.charOffset[j] + 1, span: index };
      const list = byNode.get(node) ?? [];
      list.push(piece);
      byNode.set(node, list);
      i = j + 1;
    }
  });

  const elements: Element[][] = spans.map(() => []);
  const swaps: { original: Text; replacements: Node[] }[] = [];
  for (const [nodeIndex, pieces] of byNode) {
    const original = model.nodes[nodeIndex];
    const parent = original.parentNode;
    if (!parent) continue;
    const doc = original.ownerDocument;
    const data = original.data;
    const replacements: Node[] = [];
    let cursor = 0;
    for (const piece of pieces.sort((a, b) => a.from - b.from)) {
      if (piece.from > cursor) replacements.push(doc.createTextNode(data.slice(cursor, piece.from)));
      const mark = doc.createElement(tag);
      for (const [k, v] of Object.entries(spans[piece.span].attrs)) mark.setAttribute(k, v);
      mark.setAttribute('data-rr-match', `${matchPrefix}${piece.span}`);
      mark.append(doc.createTextNode(data.slice(piece.from, piece.to)));
      decorate?.(mark, piece.span);
      elements[piece.span].push(mark);
      replacements.push(mark);
      cursor = piece.to;
    }
    if (cursor < data.length) replacements.push(doc.createTextNode(data.slice(cursor)));
    const first = replacements[0];
    parent.replaceChild(first, original);
    let after: Node = first;
    for (const node of replacements.slice(1)) {
      parent.insertBefore(node, after.nextSibling);
      after = node;
    }
    swaps.push({ original, replacements });
  }

  return {
    elements,
    model: remapModel(model, swaps),
    remove() {
      for (const { original, replacements } of swaps.reverse()) {
        const parent = replacements[0].parentNode;
        if (!parent) continue;
        parent.insertBefore(original, replacements[0]);
        for (const node of replacements) node.parentNode?.removeChild(node);
      }
      swaps.length = 0;
    },
  };
}

/** The model after text nodes were swapped for pieces: same text, new nodes and offsets. */
function remapModel(model: TextModel, swaps: { original: Text; replacements: Node[] }[]): TextModel {
  // Each original node → its text pieces in order, with the offset each starts at.
  const pieceMap = new Map<Text, { node: Text; start: number }[]>();
  for (const { original, replacements } of swaps) {
    const pieces: { node: Text; start: number }[] = [];
    let start = 0;
    for (const r of replacements) {
      const text = (r.nodeType === 3 ? r : r.firstChild) as Text;
      pieces.push({ node: text, start });
      start += text.data.length;
    }
    pieceMap.set(original, pieces);
  }
  const nodes: Text[] = [];
  const index = new Map<Text, number>();
  const indexOf = (node: Text) => {
    let i = index.get(node);
    if (i === undefined) {
      i = nodes.length;
      nodes.push(node);
      index.set(node, i);
    }
    return i;
  };
  const charNode = new Int32Array(model.text.length);
  const charOffset = new Int32Array(model.text.length);
  for (let i = 0; i < model.text.length; i++) {
    const n = model.charNode[i];
    if (n < 0) {
      charNode[i] = -1;
      charOffset[i] = -1;
      continue;
    }
    const original = model.nodes[n];
    const offset = model.charOffset[i];
    const pieces = pieceMap.get(original);
    if (!pieces) {
      charNode[i] = indexOf(original);
      charOffset[i] = offset;
      continue;
    }
    let k = pieces.length - 1;
    while (k > 0 && pieces[k].start > offset) k--;
    charNode[i] = indexOf(pieces[k].node);
    charOffset[i] = offset - pieces[k].start;
  }
  const paragraphs = model.paragraphs.map((p) => ({ ...p, nodes: p.nodes.flatMap((n) => pieceMap.get(n)?.map((x) => x.node) ?? [n]) }));
  return { text: model.text, paragraphs, charNode, charOffset, nodes };
}

/**
 * Overlapping spans → non-overlapping segments: where spans overlap, the one
 * listed later wins that stretch (highlights: the newer one shows on top).
 * Paints span indices over the covered characters, so it is linear in the
 * text covered (a pairwise sweep took seconds on a huge page).
 */
export function flattenSpans(spans: MarkSpan[]): MarkSpan[] {
  if (!spans.length) return [];
  const from = Math.min(...spans.map((s) => s.start));
  const to = Math.max(...spans.map((s) => s.end));
  const owner = new Int32Array(Math.max(0, to - from)).fill(-1);
  spans.forEach((s, i) => owner.fill(i, s.start - from, s.end - from));
  const out: MarkSpan[] = [];
  for (let k = 0; k < owner.length; k++) {
    const i = owner[k];
    if (i < 0) continue;
    const last = out[out.length - 1];
    if (last && last.end === from + k && last.attrs === spans[i].attrs) last.end++;
    else out.push({ start: from + k, end: from + k + 1, attrs: spans[i].attrs });
  }
  return out;
}
