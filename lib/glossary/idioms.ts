/**
 * Idioms (成语) of an article: the words of four or more characters, as the text
 * reader segments them, that the fallback dictionary marks as idioms — CC-CEDICT
 * writes "(idiom)" in the definition (字里行间 "between the words and the lines
 * (idiom)", 三足鼎立 "(idiom) to form a tripartite balance of power").
 * @module lib/glossary/idioms
 */
import type { WordItem } from '../types';

/** An idiom found in the text: the word, its first position and its gloss without the marker. */
export interface IdiomHit { term: string; start: number; gloss: string }

const MARK = /\s*\(idiom\)\s*/;

/** The idioms among `words`, first occurrence each, glossed by `lookup` (CC-CEDICT's first sense). */
export function findIdioms(words: WordItem[], lookup: (term: string) => string | null): IdiomHit[] {
  const out: IdiomHit[] = [];
  const seen = new Set<string>();
  for (const w of words) {
    if (w.text.length < 4 || seen.has(w.text) || !/^\p{Script=Han}+$/u.test(w.text)) continue;
    seen.add(w.text);
    const gloss = lookup(w.text);
    if (gloss && MARK.test(gloss)) out.push({ term: w.text, start: w.start, gloss: gloss.replace(MARK, ' ').replace(/\s+([;,])/g, '$1').trim() });
  }
  return out;
}
