/**
 * Pinyin of glossary terms, taken from the text reader (lib/text/reader), the
 * same readings the words layer shows: a term is read as its words are read at
 * that place (银行 háng, 长江 cháng, names with surname readings: 曾 Zēng, 单 Shàn).
 * @module lib/glossary/pinyin
 */
import { readText, type TextReading } from '../text/reader';

/** Per-offset syllables of a reading, cached for the last reading. */
let cache: { reading: TextReading; syllables: string[] } | null = null;

function syllablesOf(text: string, reading: TextReading): string[] {
  if (cache?.reading === reading) return cache.syllables;
  const out: string[] = new Array(text.length).fill('');
  for (const w of reading.words) {
    if (!w.pinyin) continue;
    const parts = w.pinyin.split(' ');
    let k = 0;
    for (let i = w.start; i < w.end && k < parts.length; i++) if (/[\p{Script=Han}○〇]/u.test(text[i])) out[i] = parts[k++];
  }
  cache = { reading, syllables: out };
  return out;
}

/** Tone-marked pinyin of text[start, end) as the text reader reads it there; Latin and digit runs kept as written. */
export function pinyinInContext(text: string, start: number, end: number, reading: TextReading = readText(text)): string {
  const syllables = syllablesOf(text, reading);
  const parts: string[] = [];
  let buffer = '';
  for (let i = start; i < end; i++) {
    if (syllables[i]) {
      if (buffer) { parts.push(buffer); buffer = ''; }
      parts.push(syllables[i]);
    } else if (/[A-Za-z0-9+.%]/.test(text[i])) buffer += text[i];
    else if (buffer) { parts.push(buffer); buffer = ''; }
  }
  if (buffer) parts.push(buffer);
  return parts.join(' ');
}
