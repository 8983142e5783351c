/**
 * Tone of a pinyin syllable written with tone marks (for tone colours).
 * @module lib/format/tones
 */
const MARKS: [RegExp, number][] = [
  [/[āēīōūǖ]/, 1],
  [/[áéíóúǘ]/, 2],
  [/[ǎěǐǒǔǚ]/, 3],
  [/[àèìòùǜ]/, 4],
];

/** 1–4, or 5 for the neutral tone (no mark). */
export function toneOf(syllable: string): number {
  for (const [re, tone] of MARKS) if (re.test(syllable)) return tone;
  return 5;
}
