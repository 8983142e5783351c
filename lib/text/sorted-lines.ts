/**
 * Binary search in a block of text lines sorted by their first tab-separated
 * field, in UTF-16 code-unit order (JavaScript's `<` on strings, which is also
 * how the build sorts them). No index is built: the search lands on any
 * character, steps back to its line start, and compares that line's key, so a
 * dictionary "loads" in the time it takes to decode its text.
 * @module lib/text/sorted-lines
 */

/** A section of a text: character offsets [from, to), both at line starts (`to` may be text.length). */
export interface LineBlock { text: string; from: number; to: number }

/** The key (first field) of the line starting at `at`. */
export function keyAt(text: string, at: number): string {
  let end = at;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 9 || c === 10) break; // tab, newline
    end++;
  }
  return text.slice(at, end);
}

/**
 * Compares the key of the line starting at `at` with `key` (UTF-16 order, as
 * `<` on strings) without copying it: negative, 0 or positive.
 */
function compareKeyAt(text: string, at: number, key: string): number {
  for (let i = 0; ; i++) {
    const c = at + i < text.length ? text.charCodeAt(at + i) : 10;
    const lineEnded = c === 9 || c === 10;
    if (i === key.length) return lineEnded ? 0 : 1;
    if (lineEnded) return -1;
    const d = c - key.charCodeAt(i);
    if (d !== 0) return d;
  }
}

/** Offset just after the line that starts at `at` (past its newline), at most `to`. */
function nextLine(text: string, at: number, to: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 || nl >= to ? to : nl + 1;
}

/**
 * Start offsets of every line in `block` whose key equals `key`, in file
 * order; empty when there is none. O(log n) key comparisons.
 */
export function findLines(block: LineBlock, key: string): number[] {
  const { text, to } = block;
  let lo = block.from;
  let hi = to;
  // Invariant: lines before `lo` have keys < key; lines from `hi` on have keys >= key.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === lo ? lo : Math.max(lo, text.lastIndexOf('\n', mid - 1) + 1);
    if (compareKeyAt(text, start, key) < 0) lo = nextLine(text, start, to);
    else hi = start;
  }
  const out: number[] = [];
  for (let at = lo; at < to && compareKeyAt(text, at, key) === 0; at = nextLine(text, at, to)) out.push(at);
  return out;
}

/** The line starting at `at`, without its newline. */
export function lineAt(text: string, at: number): string {
  const nl = text.indexOf('\n', at);
  return text.slice(at, nl < 0 ? text.length : nl);
}
