/**
 * Foreign personal names in Chinese script: written with a middle dot
 * (米歇尔・布兰, 穆罕默德·拉斐克·塔拉尔; the last part alone then names the same
 * person, 塔拉尔), or next to a title of office (总统克林顿, 纳扎尔巴耶夫总统) in
 * transliteration characters only.
 * @module lib/text/foreign-names
 */
import { isTransliteration, isTransliterationChar } from './transliteration';
import type { TokenBounds } from './token-bounds';
import { TITLE_PATTERN } from './name-cues';

/** A foreign name's span. */
export interface ForeignName { start: number; end: number; dotted: boolean }

/** Middle dots between the parts of a foreign name: · (U+00B7), ・ (U+30FB), ･ (U+FF65), • (U+2022), ‧ (U+2027). */
const DOT = '[\\u00B7\\u30FB\\uFF65\\u2022\\u2027]';
const DOTTED = new RegExp(`\\p{Script=Han}+(?:${DOT}\\p{Script=Han}+)+`, 'gu');
/** Titles of office and address (lib/text/name-cues), plus the foreign ones Xinhua uses (国务卿, 夫人). */
const TITLE = new RegExp(`国务卿|夫人|${TITLE_PATTERN}`, 'g');
/** A transliterated run that is an everyday dictionary word (巴西 105, 俄罗斯 92) is a country or a word, not a name. */
const COMMON_WORD = 110;

/** Foreign names in `text` (may overlap Chinese-name candidates; the caller keeps the first taken). */
export function findForeignNames(text: string, bounds: TokenBounds, wordCost?: (w: string) => number | undefined): ForeignName[] {
  const out: ForeignName[] = [];
  const shortForms = new Set<string>();
  for (const m of text.matchAll(DOTTED)) {
    const parts = m[0].split(new RegExp(DOT));
    const first = parts[0];
    let head = first.length;
    while (head > 0 && isTransliterationChar(first[head - 1])) head--;
    let start = m.index + head;
    // Leading everyday words are not part of the name: a country or a title (文莱苏丹哈桑纳尔·博尔基亚).
    for (let k = nextEnd(bounds, start); m.index + first.length - k >= 3 && (wordCost?.(text.slice(start, k)) ?? Infinity) < COMMON_WORD + 25; k = nextEnd(bounds, start)) start = k;
    const last = parts[parts.length - 1];
    let tail = 0;
    while (tail < last.length && isTransliterationChar(last[tail])) tail++;
    const end = m.index + m[0].length - last.length + tail;
    while (tail > 0 && !bounds.ends[m.index + m[0].length - last.length + tail]) tail--;
    const middleOk = parts.slice(1, -1).every(isTransliteration);
    if (head === first.length || tail === 0 || !middleOk || !bounds.starts[start]) continue;
    const realEnd = m.index + m[0].length - last.length + tail;
    out.push({ start, end: realEnd, dotted: true });
    if (tail >= 2 && realEnd === end) shortForms.add(last.slice(0, tail));
  }
  for (const m of text.matchAll(TITLE)) {
    const common = (s: { start: number; end: number }) => (wordCost?.(text.slice(s.start, s.end)) ?? Infinity) < COMMON_WORD;
    const after = runAfter(text, m.index + m[0].length, bounds);
    if (after && !common(after)) out.push({ ...after, dotted: false });
    else if (!after) {
      // No name after the title, so the transliterated run before it is the name (克林顿总统访华),
      // unless it is an everyday word such as a country (俄罗斯总统).
      const before = runBefore(text, m.index, bounds);
      if (before && !common(before)) out.push({ ...before, dotted: false });
    }
  }
  for (const s of shortForms) {
    for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) {
      if (bounds.starts[i] && bounds.ends[i + s.length] && !isTransliterationChar(text[i - 1] ?? '') && !isTransliterationChar(text[i + s.length] ?? '')) out.push({ start: i, end: i + s.length, dotted: true });
    }
  }
  return out;
}

/** The end of the word that starts at `i` (the next word boundary). */
function nextEnd(bounds: TokenBounds, i: number): number {
  let k = i + 1;
  while (k < bounds.ends.length - 1 && !bounds.ends[k]) k++;
  return k;
}

/** The transliterated run right after a title, 2–6 characters, ending on a word boundary. */
function runAfter(text: string, from: number, bounds: TokenBounds): { start: number; end: number } | null {
  let end = from;
  while (end < text.length && end - from < 6 && isTransliterationChar(text[end])) end++;
  if (end < text.length && isTransliterationChar(text[end])) return null;
  while (end - from >= 2 && !bounds.ends[end]) end--;
  return end - from >= 2 ? { start: from, end } : null;
}

/** The transliterated run right before a title, 2–6 characters, starting on a word boundary. */
function runBefore(text: string, to: number, bounds: TokenBounds): { start: number; end: number } | null {
  let start = to;
  while (start > 0 && to - start < 6 && isTransliterationChar(text[start - 1])) start--;
  if (start > 0 && isTransliterationChar(text[start - 1])) return null;
  while (to - start >= 2 && !bounds.starts[start]) start++;
  return to - start >= 2 ? { start, end: to } : null;
}
