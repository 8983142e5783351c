/**
 * Pinyin for glossary terms, read in context: pinyin-pro converts the term (punctuation dropped) inside
 * its sentence window so polyphones follow the surrounding words (银行 háng,
 * 长江 cháng; citation tones, so 一带一路 is yī dài yī lù), and person names use surname readings (单 shàn, 曾 zēng).
 * @module lib/glossary/pinyin
 */
import { pinyin } from 'pinyin-pro';

/** Characters of context on each side of a term. */
const WINDOW = 8;

/** Tone-marked pinyin of text[start, end), syllables spaced, non-Han runs kept as written. */
export function pinyinInContext(text: string, start: number, end: number): string {
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const syllables = pinyin(text.slice(from, to), { type: 'array', toneSandhi: false }).slice(start - from, end - from);
  return joinSyllables(text.slice(start, end), syllables);
}

/** Pinyin of a personal name with surname readings (the name read on its own). */
export function namePinyin(name: string): string {
  return joinSyllables(name, pinyin(name, { type: 'array', surname: 'head', toneSandhi: false }));
}

/** Romanised Chinese name in Xinhua style: surname, then the given name joined (Wang Kai, Yao Jianting). */
export function romanizeName(name: string): string {
  const syl = pinyin(name, { type: 'array', surname: 'head', toneType: 'none' });
  // Compound surnames (东方, 欧阳, 司马 …) take two syllables.
  const compound = /^(?:东方|欧阳|司马|诸葛|上官|司徒|夏侯|皇甫|令狐|慕容|尉迟|公孙|长孙|宇文|端木)/.test(name) ? 2 : 1;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return `${cap(syl.slice(0, compound).join(''))} ${cap(syl.slice(compound).join(''))}`.trim();
}

function joinSyllables(chars: string, syllables: string[]): string {
  // pinyin-pro's array is one item per UTF-16 unit for BMP text; fall back when it is not.
  if (syllables.length !== chars.length) return pinyin(chars, { toneSandhi: false });
  const parts: string[] = [];
  let buffer = '';
  for (let i = 0; i < chars.length; i++) {
    if (/[\u4e00-\u9fff]/.test(chars[i])) {
      if (buffer) { parts.push(buffer); buffer = ''; }
      parts.push(syllables[i]);
    } else if (/[A-Za-z0-9+.%]/.test(chars[i])) buffer += chars[i];
    else if (buffer) { parts.push(buffer); buffer = ''; }
  }
  if (buffer) parts.push(buffer);
  return parts.join(' ');
}
