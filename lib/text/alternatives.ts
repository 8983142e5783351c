/**
 * Other possible readings of a character or word, for the reader's correction
 * menu: pinyin-pro's own reading first, then the dictionary's readings, then
 * (for words) the readings that change one polyphonic character.
 * @module lib/text/alternatives
 */
import { pinyin, polyphonic } from 'pinyin-pro';
import type { DefinitionDict } from './definitions';

/** Readings (tone marks, space-separated) for a character or word, most likely first, without duplicates. */
export function alternativeReadings(word: string, dict?: DefinitionDict): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (r: string) => {
    const key = r.toLowerCase();
    if (r && !seen.has(key)) { seen.add(key); out.push(key); }
  };
  const chars = [...word];
  const base = pinyin(word, { type: 'array', toneSandhi: false });
  add(base.join(' '));
  for (const entry of dict?.get(word) ?? []) add(entry.pinyin);
  const options = polyphonic(word, { type: 'array' });
  if (chars.length === 1) {
    for (const r of options[0] ?? []) add(r);
  } else {
    chars.forEach((_, i) => {
      for (const r of options[i] ?? []) add([...base.slice(0, i), r, ...base.slice(i + 1)].join(' '));
    });
  }
  return out;
}
