/**
 * Syllables written as words, as the pinyin orthography writes them: joined with an
 * apostrophe before a syllable that starts with a, o or e (Xī'ān), capitalised for names.
 * No reading tables here: the content script uses it too.
 * @module lib/text/pinyin-words
 */

/** Capitalise the first letter (tone marks kept: ōu → Ōu). */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Syllables written as one word, lowercase, with the apostrophe before a, o, e inside it (Xī'ān, Jiàn'ān). */
export function joinSyllables(syllables: string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aāáǎàoōóǒòeēéěè]/i.test(s) ? `'${s}` : s)).join('').toLowerCase();
}
