/**
 * Finding the word at an offset, and stepping through the article word by word
 * from the keyboard (the popup's N and B keys, after Zhongwen's): the next or
 * previous word that has something to show, skipping punctuation and spaces.
 * @module lib/text/word-steps
 */

/**
 * The index of the nearest word after `from` (`dir` 1) or before it (`dir` −1) for which `shows`
 * is true, or −1 when there is none before the text's end.
 */
export function stepWord(count: number, from: number, dir: 1 | -1, shows: (index: number) => boolean): number {
  for (let i = from + dir; i >= 0 && i < count; i += dir) if (shows(i)) return i;
  return -1;
}

/** Index of the word containing text offset `i` (words sorted, non-overlapping), or −1. */
export function wordAt(words: readonly { start: number; end: number }[], i: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= i) lo = mid + 1;
    else if (words[mid].start > i) hi = mid - 1;
    else return mid;
  }
  return -1;
}
