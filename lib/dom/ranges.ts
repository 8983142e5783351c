/**
 * DOM Range → offsets in the text model: what a reader's selection covers of
 * the article text. Boundaries outside the article snap inward; a selection
 * with no article text gives null.
 * @module lib/dom/ranges
 */
import { locate, type TextModel } from './text-model';

/** Index of each model node, built once per model. */
const indexCache = new WeakMap<TextModel, Map<Text, number>>();
function nodeIndex(model: TextModel): Map<Text, number> {
  let map = indexCache.get(model);
  if (!map) {
    map = new Map(model.nodes.map((n, i) => [n, i]));
    indexCache.set(model, map);
  }
  return map;
}

/** First char index of every model node, built once per model. */
const firstCache = new WeakMap<TextModel, Int32Array>();

/** First char index of the node, or -1 when it holds no model text. */
function firstCharOf(model: TextModel, node: number): number {
  let first = firstCache.get(model);
  if (!first) {
    first = new Int32Array(model.nodes.length).fill(-1);
    for (let i = model.charNode.length - 1; i >= 0; i--) if (model.charNode[i] >= 0) first[model.charNode[i]] = i;
    firstCache.set(model, first);
  }
  return first[node] ?? -1;
}

/** The model character at (text node, offset), or -1 when that point holds no article text. */
export function charAt(model: TextModel, node: Node, offset: number): number {
  const idx = node.nodeType === 3 ? nodeIndex(model).get(node as Text) : undefined;
  if (idx === undefined) return -1;
  for (let i = firstCharOf(model, idx); i >= 0 && i < model.text.length && model.charNode[i] === idx; i++) {
    if (model.charOffset[i] === offset) return i;
    if (model.charOffset[i] > offset) return -1;
  }
  return -1;
}

/** The text offset at a boundary point: the first model character at or after it
 * (for a range's end, that is one past the last character before it). */
export function offsetAt(model: TextModel, container: Node, offset: number): number {
  const idx = container.nodeType === 3 ? nodeIndex(model).get(container as Text) : undefined;
  if (idx !== undefined) {
    const first = firstCharOf(model, idx);
    if (first >= 0) {
      let i = first;
      while (i < model.text.length && model.charNode[i] === idx && model.charOffset[i] < offset) i++;
      return i;
    }
  }
  // The point is in an element or a node outside the model: find the first model
  // character whose node comes after the point in document order.
  const doc = container.ownerDocument ?? (container as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  for (let i = 0; i < model.text.length; i++) {
    const n = model.charNode[i];
    if (n < 0) continue;
    const node = model.nodes[n];
    // Compare the point with the position just before this character.
    if (point.comparePoint(node, model.charOffset[i]) >= 0) return i;
  }
  return model.text.length;
}

/** [start, end) of the article text a range covers, trimmed of white space; null when empty. */
export function offsetsOfRange(model: TextModel, range: Range): { start: number; end: number } | null {
  let start = offsetAt(model, range.startContainer, range.startOffset);
  let end = offsetAt(model, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(model.text[start])) start++;
  while (end > start && /\s/.test(model.text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** A DOM Range over [start, end) of the text model, or null when out of range. */
export function rangeOf(model: TextModel, start: number, end: number): Range | null {
  const a = locate(model, start);
  const b = locate(model, Math.max(start, end - 1));
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, Math.min(b.offset + 1, b.node.length));
  return range;
}
