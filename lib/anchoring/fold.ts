/**
 * Folding text for comparison: differences a re-rendered page introduces without
 * changing what it says — white space, full-width and half-width forms, curly and
 * straight quotes, letter case — are not edits. Paragraph breaks ('\n') are kept:
 * re-anchoring uses them as boundaries.
 * @module lib/anchoring/fold
 */

/** A folded text and, for each of its characters, the index of the character it came from. */
export interface FoldedText {
  text: string;
  /** rawIndex[i] = index in the raw text of folded character i (each folded character comes from one raw UTF-16 unit). */
  rawIndex: Int32Array;
}

const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x301d, 0x301e]);
const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032]);

/** True for the UTF-16 units /\s/ matches (written out: this runs once per character of the article). */
function isSpace(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680
    || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f
    || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The folded form of one UTF-16 unit: −1 for white space other than '\n', ASCII for
 * full-width ASCII forms (U+FF01–FF5E, the forms NFKC maps one to one), '"' and "'"
 * for curly quotes, lower case for Latin letters. Why so few rules: each must be a
 * change a site makes when it re-renders (punctuation width, spacing, quote style),
 * never one that changes meaning (、 and ，, or 。 and ., stay apart).
 */
export function foldUnit(code: number): number {
  if (code === 0x0a) return code;
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  else if (DOUBLE_QUOTES.has(code)) return 0x22;
  else if (SINGLE_QUOTES.has(code)) return 0x27;
  if (isSpace(code)) return -1;
  return code >= 0x41 && code <= 0x5a ? code + 32 : code;
}

/** Folded units and where each came from. */
function foldUnits(raw: string): { units: Uint16Array; rawIndex: Int32Array } {
  const units = new Uint16Array(raw.length);
  const rawIndex = new Int32Array(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const f = foldUnit(raw.charCodeAt(i));
    if (f < 0) continue;
    units[n] = f;
    rawIndex[n++] = i;
  }
  return { units: units.subarray(0, n), rawIndex: rawIndex.subarray(0, n) };
}

/** A string of UTF-16 units (in slices: String.fromCharCode takes a bounded number of arguments). */
function unitsToString(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

/** The folded form of a stored string (quote, prefix, suffix). */
export function fold(raw: string): string {
  return unitsToString(foldUnits(raw).units);
}

/** The last few texts folded: the glue anchors every highlight of an article in the same text one by one. */
const cache: { raw: string; folded: FoldedText }[] = [];
const CACHE_SIZE = 4;

/** The folded text with its map back to raw offsets. */
export function foldText(raw: string): FoldedText {
  const hit = cache.find((c) => c.raw === raw);
  if (hit) return hit.folded;
  const { units, rawIndex } = foldUnits(raw);
  const folded = { text: unitsToString(units), rawIndex };
  cache.unshift({ raw, folded });
  cache.length = Math.min(cache.length, CACHE_SIZE);
  return folded;
}

/** The raw range [start, end) of the folded range [start, end) (folded start < end). */
export function rawRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.rawIndex[start], end: folded.rawIndex[end - 1] + 1 };
}

/** The folded offset of raw offset `raw`: the first folded character at or after it. */
export function foldedIndex(folded: FoldedText, raw: number): number {
  let lo = 0;
  let hi = folded.rawIndex.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (folded.rawIndex[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
