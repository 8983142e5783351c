/**
 * Binary search in UTF-8 bytes of text lines sorted by their first
 * tab-separated field, in byte order (which is Unicode code point order; the
 * build sorts with compareBytes). No index is built and nothing is decoded: the
 * search lands on any byte, steps back to its line start and compares that
 * line's key, so a dictionary "loads" in the time it takes to fetch and inflate
 * it (decoding 9 MB of mixed Chinese and English to a JS string alone took
 * 66–112 ms in Chromium's service worker).
 * @module lib/text/sorted-lines
 */

/** A section of the bytes: offsets [from, to), both at line starts (`to` may be bytes.length). */
export interface LineBlock { bytes: Uint8Array; from: number; to: number }

const TAB = 9;
const NEWLINE = 10;

/** Byte-wise comparison (negative, 0, positive), the order of the sorted lines. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** Compares the key of the line starting at `at` with `key`, without copying it. */
function compareKeyAt(bytes: Uint8Array, at: number, key: Uint8Array): number {
  for (let i = 0; ; i++) {
    const c = at + i < bytes.length ? bytes[at + i] : NEWLINE;
    const lineEnded = c === TAB || c === NEWLINE;
    if (i === key.length) return lineEnded ? 0 : 1;
    if (lineEnded) return -1;
    if (c !== key[i]) return c - key[i];
  }
}

/** Offset just after the line that starts at `at` (past its newline), at most `to`. */
function nextLine(bytes: Uint8Array, at: number, to: number): number {
  const nl = bytes.indexOf(NEWLINE, at);
  return nl < 0 || nl >= to ? to : nl + 1;
}

/**
 * Start offsets of every line in `block` whose key equals `key` (UTF-8), in
 * file order; empty when there is none. O(log n) key comparisons.
 */
export function findLines(block: LineBlock, key: Uint8Array): number[] {
  const { bytes, to } = block;
  let lo = block.from;
  let hi = to;
  // Invariant: lines before `lo` have keys < key; lines from `hi` on have keys >= key.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === lo ? lo : Math.max(lo, bytes.lastIndexOf(NEWLINE, mid - 1) + 1);
    if (compareKeyAt(bytes, start, key) < 0) lo = nextLine(bytes, start, to);
    else hi = start;
  }
  const out: number[] = [];
  for (let at = lo; at < to && compareKeyAt(bytes, at, key) === 0; at = nextLine(bytes, at, to)) out.push(at);
  return out;
}

/** The bytes of the line starting at `at`, without its newline (a view, not a copy). */
export function lineAt(bytes: Uint8Array, at: number): Uint8Array {
  const nl = bytes.indexOf(NEWLINE, at);
  return bytes.subarray(at, nl < 0 ? bytes.length : nl);
}

/** Offset of the first occurrence of `pattern` at or after `from`, or -1. */
export function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from = 0): number {
  for (let at = bytes.indexOf(pattern[0], from); at >= 0; at = bytes.indexOf(pattern[0], at + 1)) {
    let i = 1;
    while (i < pattern.length && bytes[at + i] === pattern[i]) i++;
    if (i === pattern.length) return at;
  }
  return -1;
}
