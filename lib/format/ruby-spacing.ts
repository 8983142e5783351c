/**
 * Spacing for ruby set as a textbook sets it: each syllable centred over its
 * own character, the characters keeping their own spacing wherever the
 * syllables fit, and moved apart only as far as two neighbouring syllables
 * need so that they neither touch nor run together. Pure: widths in, extra
 * space after each character out (the page side measures and applies them).
 * @module lib/format/ruby-spacing
 */

/** One character with pinyin, as laid out in the page (all lengths in CSS px). */
export interface RubyCell {
  /** The character's advance: the width it takes in the line without ruby. */
  advance: number;
  /** The width its syllable is drawn at. */
  syllable: number;
  /** The syllable's font size: the space kept between two syllables is a share of it. */
  rubySize: number;
  /** The character's own font size, to express the extra space in em (it then follows a zoom or a font change). */
  fontSize: number;
  /** The next cell is the next character of the text (nothing between them), so their syllables meet. */
  adjacent: boolean;
  /** The next cell belongs to the same word. */
  sameWord: boolean;
}

/**
 * Space kept between two syllables, in units of the syllable font size. Why two values: the
 * syllables of one word sit close (the word reads as one unit), a word boundary gets a clear
 * gap. 0.25 is about the width of a space in the syllables' font, so the syllables of a word read
 * apart yet together; a word boundary gets about two spaces (xiàng liáng zhǒng  yào chǎn liàng).
 */
export const SYLLABLE_GAP = { inWord: 0.25, betweenWords: 0.5 } as const;

/**
 * Extra space after each cell, in em of that cell's font size: 0 where the two syllables fit over
 * their characters as they stand; else the amount that puts the syllables' centres far enough
 * apart — half of each syllable plus the gap — never more. Cells that are not adjacent (a digit,
 * a comma or a Latin word stands between) get none: what stands between already parts them.
 */
export function rubyGaps(cells: readonly RubyCell[]): number[] {
  return cells.map((cell, i) => {
    const next = cells[i + 1];
    if (!next || !cell.adjacent) return 0;
    const gap = (cell.sameWord ? SYLLABLE_GAP.inWord : SYLLABLE_GAP.betweenWords) * Math.max(cell.rubySize, next.rubySize);
    const need = (cell.syllable + next.syllable) / 2 + gap;
    const have = (cell.advance + next.advance) / 2;
    return need > have && cell.fontSize > 0 ? round((need - have) / cell.fontSize) : 0;
  });
}

/** Thousandths of an em: finer than a device pixel at any text size, and short in a style attribute. */
function round(em: number): number {
  return Math.ceil(em * 1000) / 1000;
}
