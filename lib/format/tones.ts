/**
 * Pinyin tones: the tone of a syllable (for tone colours) and the two ways of
 * writing them, tone marks (zhōng) and tone numbers (zhong1).
 * @module lib/format/tones
 */
import type { PinyinStyle } from '../settings';

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

/** Each marked vowel and its bare letter. */
const BARE: Record<string, string> = {};
for (const [vowels, bare] of [['āáǎà', 'a'], ['ēéěè', 'e'], ['īíǐì', 'i'], ['ōóǒò', 'o'], ['ūúǔù', 'u'], ['ǖǘǚǜ', 'ü']] as const) {
  for (const v of vowels) BARE[v] = bare;
}

/**
 * One syllable with a tone number instead of its mark: "zhòng" → "zhong4", "lǜ" → "lü4",
 * "de" (neutral) → "de5", as CC-CEDICT writes them (with ü, not u:, which readers misread).
 * Text that is not a syllable (punctuation, digits) is returned unchanged.
 */
export function toToneNumber(syllable: string): string {
  if (!/^[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+$/.test(syllable)) return syllable;
  const tone = toneOf(syllable);
  return `${[...syllable].map((c) => BARE[c] ?? c).join('')}${tone}`;
}

/** A space-separated reading in the reader's chosen style. */
export function formatPinyin(pinyin: string, style: PinyinStyle): string {
  return style === 'marks' ? pinyin : pinyin.split(' ').map(toToneNumber).join(' ');
}

/**
 * A person's name read syllable by syllable ("Xí Jìn píng", as the words layer gives every
 * reading) grouped as the pinyin orthography (GB/T 16159) writes names: a capitalised syllable
 * starts a part, the lowercase ones after it join it: [["Xí"], ["Jìn", "píng"]] for Xí Jìnpíng,
 * [["Ōu", "yáng"], ["Xiū"]] for Ōuyáng Xiū. A reading with no capital (a name read as a
 * dictionary word, a foreign name) is not known to be parts: a group per syllable.
 */
export function nameParts(pinyin: string): string[][] {
  const syllables = pinyin.split(' ').filter(Boolean);
  if (!syllables.some((s) => /^\p{Lu}/u.test(s))) return syllables.map((s) => [s]);
  const groups: string[][] = [];
  for (const s of syllables) {
    if (!groups.length || /^\p{Lu}/u.test(s)) groups.push([s]);
    else groups[groups.length - 1].push(s);
  }
  return groups;
}
