/**
 * Ordering a word's CC-CEDICT entries for the reader, and reading its surname
 * entries. CC-CEDICT lists a headword's readings in its own order (张: the
 * surname Zhāng before zhāng "to open up"; 干: "old variant" entries first);
 * a popup should lead with the reading the text uses.
 * @module lib/text/entry-rank
 */
import type { Definition } from './definitions';

/** A sense that only points elsewhere: "variant of …", "old variant of …", "used in …", "see …". */
const POINTER = /^(?:(?:old |archaic |Japanese |erroneous |non-standard |ancient )?variant of |used in |see |erhua variant of |abbr\. for )/;
/** A surname sense: "surname Wu", "two-character surname Ouyang" (not "Japanese surname …"). */
const SURNAME = /^(?:two-character |three-character )?surname ([A-Z][a-z]*(?:[-'][a-z]+)?)$/;

/** True when every sense of the entry only points to another entry. */
export function isPointerEntry(entry: Definition): boolean {
  return entry.defs.length > 0 && entry.defs.every((d) => POINTER.test(d));
}

/** The surname sense of an entry as CC-CEDICT writes it ("surname Wu"), or null. */
export function surnameSense(entry: Definition): string | null {
  return entry.defs.find((d) => SURNAME.test(d)) ?? null;
}

/** The romanised surname of a surname entry ("surname Wu" → "Wu"), or null. */
export function surnameOf(entry: Definition): string | null {
  const sense = surnameSense(entry);
  return sense ? SURNAME.exec(sense)![1] : null;
}

/** True for a reading written as a proper noun (`Wú`, `Ōu yáng`). */
export function isCapitalised(pinyin: string): boolean {
  return /^\p{Lu}/u.test(pinyin);
}

/**
 * The entries in reading order for a context: the reading the text uses
 * first (`reading`, tone marks, compared without case); then, for a person's
 * name, surname entries, otherwise common-noun (lower-case) readings; entries
 * that only point elsewhere last. Stable: CC-CEDICT's order breaks ties.
 */
export function rankEntries(entries: Definition[], context: { reading?: string; name?: boolean } = {}): Definition[] {
  const reading = context.reading?.toLowerCase();
  const score = (e: Definition) =>
    (reading && e.pinyin.toLowerCase() !== reading ? 4 : 0) +
    (context.name ? (surnameOf(e) ? 0 : 2) : isCapitalised(e.pinyin) ? 1 : 0) +
    (isPointerEntry(e) ? 8 : 0);
  return entries.map((e, i) => ({ e, i, s: score(e) })).sort((a, b) => a.s - b.s || a.i - b.i).map((x) => x.e);
}
