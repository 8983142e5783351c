/**
 * How a personal name is read and romanised: the surname with its surname reading
 * (曾 Zēng, 单 Shàn, 解 Xiè, 仇 Qiú, 查 Zhā, 区 Ōu, 朴 Piáo, 尉迟 Yùchí), from
 * pinyin-pro's surname table, the given name with the name reading of its polyphonic
 * characters (焯 zhuō, lib/text/name-given-readings), tones as written (no sandhi in names), and capitals
 * where pinyin orthography (GB/T 16159) puts them: the surname and the given name.
 * @module lib/text/name-reading
 */
import { pinyin } from 'pinyin-pro';
import { givenNameReading } from './name-given-readings';
import { capitalise, joinSyllables } from './pinyin-words';

/** What a reading needs to know of a name: its text, surname length (0 for a foreign name). */
export interface NameShape { text: string; surname: number; foreign: boolean }

const HAN = /\p{Script=Han}/u;

/** Syllables of the Han characters of a name, one per character, capitalised (Zēng Xiǎo guāng; Mǐ xiē ěr Bù lán). */
export function nameSyllables(name: NameShape): string[] {
  const chars = [...name.text];
  const han = chars.filter((c) => HAN.test(c)).join('');
  const syllables = pinyin(han, { type: 'array', toneSandhi: false, ...(name.foreign ? {} : { surname: 'head' as const }) });
  if (name.foreign) {
    // Capitalise the first syllable of each dot-separated part.
    const caps = new Set<number>();
    let k = 0;
    let partStart = true;
    for (const c of chars) {
      if (!HAN.test(c)) { partStart = true; continue; }
      if (partStart) caps.add(k);
      partStart = false;
      k++;
    }
    return syllables.map((s, i) => (caps.has(i) ? capitalise(s) : s));
  }
  const given = [...han].map((c, i) => (i >= name.surname ? givenNameReading(c, syllables[i]) : syllables[i]));
  return given.map((s, i) => (i === 0 || i === name.surname ? capitalise(s) : s));
}

/**
 * A Chinese name in Hanyu Pinyin without tones, as Xinhua writes it in English:
 * surname, space, given name joined, with an apostrophe before a syllable that
 * starts with a, o or e (Zeng Xiaoguang, Ouyang Xiu, Wang Xi'an).
 */
export function romaniseName(name: NameShape): string {
  const plain = nameSyllables(name).map((s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'u').toLowerCase());
  const surname = capitalise(joinSyllables(plain.slice(0, name.surname)));
  const given = capitalise(joinSyllables(plain.slice(name.surname)));
  return `${surname} ${given}`.trim();
}

