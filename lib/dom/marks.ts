/**
 * Inline marks over spans of the text model: each span becomes one `<mark data-rr-kind>`
 * per text node it covers (a date half in <strong> gives two elements that
 * share one data-rr-match id). Reversible exactly: page text nodes are never
 * edited, only swapped out for pieces and swapped back in on removal.
 * @module lib/dom/marks
 */
import type { TextModel } from './text-model';
import { finish, type Steps } from './steps';

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

/** A layer being applied in steps: `elements` and `model` grow as `steps` runs; remove() also stops it. */
export interface MarkLayerInSteps extends MarkLayer {
  steps: Steps<void>;
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

/** Spans wrapped per step: a few milliseconds of DOM work. */
const SPANS_PER_STEP = 64;

/** Wrap every span (sorted, non-overlapping) in marks; spans outside the model, or overlapping an earlier one, are skipped. */
export function applyMarks(model: TextModel, spans: MarkSpan[], options: MarkOptions | string = {}): MarkLayer {
  const layer = startMarks(model, spans, options);
  finish(layer.steps);
  return layer;
}

/**
 * applyMarks as steps (lib/dom/steps), SPANS_PER_STEP spans each: the layer's `model` maps
 * every character to the node that holds it after each step, so the steps can be spread over
 * slices of the page's time (lib/ext/page/mark-layers). `model` is a new object after each
 * step; the arrays of the model passed in are never changed.
 */
export function startMarks(model: TextModel, spans: MarkSpan[], options: MarkOptions | string = {}): MarkLayerInSteps {
  const { matchPrefix = 'm', tag = MARK_TAG, decorate } = typeof options === 'string' ? { matchPrefix: options } : options;
  // The layer's own copy of the model, updated node by node as text nodes are swapped for pieces.
  const charNode = model.charNode.slice();
  const charOffset = model.charOffset.slice();
  const nodes = model.nodes.slice();
  const paragraphs = model.paragraphs.slice();
  const swaps: { original: Text; replacements: Node[] }[] = [];
  let stopped = false;

  /** The paragraph holding character `at` (binary search over paragraph starts). */
  const paragraphAt = (at: number) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphs[mid].start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  /** Swap text node `nodeIndex` for pieces and marks, and point its characters (around `at`) at the pieces. */
  const swap = (nodeIndex: number, pieces: Piece[], at: number) => {
    const original = nodes[nodeIndex];
    const parent = original.parentNode;
    if (!parent) return;
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
      layer.elements[piece.span].push(mark);
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

    // The text pieces in order with the offset each starts at; the first takes the original's index.
    const texts: { node: Text; start: number; index: number }[] = [];
    let start = 0;
    for (const r of replacements) {
      const text = (r.nodeType === 3 ? r : r.firstChild) as Text;
      texts.push({ node: text, start, index: texts.length ? nodes.push(text) - 1 : nodeIndex });
      start += text.data.length;
    }
    nodes[nodeIndex] = texts[0].node;
    // A node's characters are one run of the text (the model reads nodes in order).
    let a = at;
    while (a > 0 && charNode[a - 1] === nodeIndex) a--;
    let k = 0;
    for (let c = a; c < charNode.length && charNode[c] === nodeIndex; c++) {
      const offset = charOffset[c];
      while (k + 1 < texts.length && texts[k + 1].start <= offset) k++;
      charNode[c] = texts[k].index;
      charOffset[c] = offset - texts[k].start;
    }
    const p = paragraphAt(at);
    paragraphs[p] = { ...paragraphs[p], nodes: paragraphs[p].nodes.flatMap((n) => (n === original ? texts.map((t) => t.node) : [n])) };
  };

  function* steps(): Steps<void> {
    let lastEnd = 0;
    for (let batch = 0; batch < spans.length; batch += SPANS_PER_STEP) {
      if (batch) yield;
      if (stopped) return;
      // Group the pieces of this batch's spans by the text node they fall in.
      const byNode = new Map<number, { pieces: Piece[]; at: number }>();
      for (let index = batch; index < Math.min(spans.length, batch + SPANS_PER_STEP); index++) {
        const span = spans[index];
        // Spans must be sorted and apart (see flattenSpans); one that overlaps is skipped
        // rather than wrapping the same text twice.
        if (span.start < lastEnd) continue;
        lastEnd = span.end;
        let i = Math.max(0, span.start);
        const end = Math.min(span.end, model.text.length);
        while (i < end) {
          const node = charNode[i];
          if (node < 0) { i++; continue; }
          let j = i;
          while (j + 1 < end && charNode[j + 1] === node) j++;
          const group = byNode.get(node) ?? { pieces: [], at: i };
          group.pieces.push({ from: charOffset[i], to: charOffset[j] + 1, span: index });
          byNode.set(node, group);
          i = j + 1;
        }
      }
      for (const [node, { pieces, at }] of byNode) swap(node, pieces, at);
      layer.model = { text: model.text, paragraphs, charNode, charOffset, nodes };
    }
  }

  const layer: MarkLayerInSteps = {
    elements: spans.map(() => []),
    model: { text: model.text, paragraphs, charNode, charOffset, nodes },
    steps: steps(),
    remove() {
      stopped = true;
      for (const { original, replacements } of swaps.reverse()) {
        const parent = replacements[0].parentNode;
        if (!parent) continue;
        parent.insertBefore(original, replacements[0]);
        for (const node of replacements) node.parentNode?.removeChild(node);
      }
      swaps.length = 0;
    },
  };
  return layer;
}

/**
 * Overlapping spans → non-overlapping segments: where spans overlap, the one
 * listed later wins that stretch (highlights: the newer one shows on top).
 * Paints span indices over the covered characters, so it is linear in the
 * text covered (a pairwise sweep took seconds on a huge page).
 */
export function flattenSpans(spans: MarkSpan[]): MarkSpan[] {
  return finish(flattenSpansSteps(spans));
}

/** Characters painted or read between two yields of flattenSpansSteps. */
const FLATTEN_STEP = 65_536;

/** flattenSpans as steps: a huge page's terms cover 1.4 M characters, 17–30 ms in one go. */
export function* flattenSpansSteps(spans: MarkSpan[]): Steps<MarkSpan[]> {
  if (!spans.length) return [];
  // Loops, not Math.min(...spans): a spread of tens of thousands of spans overflows the stack.
  let from = Infinity;
  let to = -Infinity;
  for (const s of spans) {
    from = Math.min(from, s.start);
    to = Math.max(to, s.end);
  }
  const owner = new Int32Array(Math.max(0, to - from)).fill(-1);
  let painted = 0;
  for (let i = 0; i < spans.length; i++) {
    owner.fill(i, spans[i].start - from, spans[i].end - from);
    if ((painted += spans[i].end - spans[i].start) >= FLATTEN_STEP) {
      painted = 0;
      yield;
    }
  }
  const out: MarkSpan[] = [];
  for (let k = 0; k < owner.length; k++) {
    if (k % FLATTEN_STEP === 0) yield;
    const i = owner[k];
    if (i < 0) continue;
    const last = out[out.length - 1];
    if (last && last.end === from + k && last.attrs === spans[i].attrs) last.end++;
    else out.push({ start: from + k, end: from + k + 1, attrs: spans[i].attrs });
  }
  return out;
}
