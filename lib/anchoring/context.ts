/**
 * The context a highlight is checked against: its stored prefix and suffix, folded,
 * read outward from the quote and cut at the paragraph boundary they contain.
 * Why cut: text beyond a paragraph break belongs to the neighbouring paragraph,
 * which editors insert, delete and move without touching the highlighted one;
 * what lies between the quote and the break must still read the same.
 * @module lib/anchoring/context
 */
import { fold, type FoldedText } from './fold';
import { CONTEXT_LENGTH } from './limits';
import { spend, type Work } from './work';

/** Reverse a string by UTF-16 unit (folded text is compared unit by unit). */
export function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/**
 * Whether a stored side reached the edge of the text it was saved from: describeRange()
 * keeps CONTEXT_LENGTH characters (one fewer when that would split a surrogate pair),
 * so a shorter side met the start or end of the text, which is a paragraph boundary too.
 */
function reachedEdge(raw: string): boolean {
  return raw.length < CONTEXT_LENGTH - 1;
}

/**
 * The stored prefix as compared: its last CONTEXT_LENGTH characters, folded, from the
 * last '\n' on (the '\n' included; a '\n' added when it reached the start of the text),
 * read outward (the character next to the quote first).
 */
export function prefixSide(rawPrefix: string): string {
  const raw = rawPrefix.slice(-CONTEXT_LENGTH);
  const folded = fold(raw);
  const br = folded.lastIndexOf('\n');
  const cut = br >= 0 ? folded.slice(br) : reachedEdge(raw) ? `\n${folded}` : folded;
  return reverse(cut);
}

/** The stored suffix as compared: its first CONTEXT_LENGTH characters, folded, up to its first '\n' (included). */
export function suffixSide(rawSuffix: string): string {
  const raw = rawSuffix.slice(0, CONTEXT_LENGTH);
  const folded = fold(raw);
  const br = folded.indexOf('\n');
  return br >= 0 ? folded.slice(0, br + 1) : reachedEdge(raw) ? `${folded}\n` : folded;
}

/**
 * The k-th character outward from `at` in folded text: before `at` when `dir` is −1,
 * from `at` on when +1. Just past either end of the text reads '\n' (the text's edge
 * is a paragraph boundary); further out reads ''.
 */
export function outward(text: string, at: number, dir: -1 | 1, k: number): string {
  const i = dir < 0 ? at - 1 - k : at + k;
  if (i >= 0 && i < text.length) return text[i];
  return i === -1 || i === text.length ? '\n' : '';
}

/** True when `side` reads exactly outward from `at` (the strict check). */
export function sideMatches(folded: FoldedText, at: number, dir: -1 | 1, side: string, work?: Work): boolean {
  let k = 0;
  while (k < side.length && outward(folded.text, at, dir, k) === side[k]) k++;
  spend(work, k + 1);
  return k === side.length;
}

/**
 * Edits between `side` and the text read outward from `at`, the alignment starting at
 * `at` and free to end anywhere (the text beyond the side does not count). Returns
 * `maxEdits + 1` as soon as the distance must exceed `maxEdits`. Cost: at most
 * |side| × (2 · maxEdits + 1) table cells (a band around the diagonal).
 */
export function sideEdits(folded: FoldedText, at: number, dir: -1 | 1, side: string, maxEdits: number, work?: Work): number {
  const over = maxEdits + 1;
  const m = side.length;
  const width = m + maxEdits;
  const chars: string[] = [];
  for (let k = 0; k < width; k++) {
    const c = outward(folded.text, at, dir, k);
    if (!c) break;
    chars.push(c);
  }
  const n = chars.length;
  // prev[j] = edits between side[0, i) and chars[0, j); cells outside the band stay `over`.
  let prev = Array.from({ length: n + 1 }, (_, j) => Math.min(j, over));
  for (let i = 1; i <= m; i++) {
    const row = new Array<number>(n + 1).fill(over);
    row[0] = Math.min(i, over);
    let best = row[0];
    const from = Math.max(1, i - maxEdits);
    const to = Math.min(n, i + maxEdits);
    for (let j = from; j <= to; j++) {
      const cost = side[i - 1] === chars[j - 1] ? 0 : 1;
      row[j] = Math.min(over, prev[j - 1] + cost, prev[j] + 1, row[j - 1] + 1);
      if (row[j] < best) best = row[j];
    }
    spend(work, to - from + 1);
    if (best >= over) return over;
    prev = row;
  }
  return Math.min(over, ...prev);
}
