/**
 * Traditional → simplified Chinese for the analyses, length for length.
 *
 * The /BIG5/ mirror of People's Daily serves every article in traditional
 * characters. The recognisers, the segmenter, the glossary and the readings
 * read simplified Chinese, so they run on a simplified copy of the text, while
 * every offset, mark and highlight stays on the page's own characters. That
 * works only if the copy has the same length as the original, character for
 * character: the conversion here keeps every replacement whose length matches
 * (all of OpenCC's character table but 219 rare characters outside the Basic
 * Multilingual Plane, and all its traditional phrases but one), so an offset
 * into the copy is the same offset into the page text.
 *
 * The conversion is OpenCC's tw2s chain: first the Taiwan variants back to
 * OpenCC's standard traditional forms (TWVariantsRevPhrases, TWVariantsRev),
 * then traditional to simplified (TSPhrases, TSCharacters). The first step
 * matters because Big5 has no 着: the mirror writes 著 for both 着 (着力, 随着)
 * and 著 (著名, 显著), and only the variant tables tell them apart.
 *
 * Data: those four OpenCC tables (Apache-2.0) as packaged by opencc-js, with
 * its longest-match trie; only they are loaded (about 60 kB of the package's 1.1 MB).
 * @module lib/text/chinese-script
 */
import { Trie } from 'opencc-js/core';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';

let steps: Trie[] | null = null;

/** A trie of every same-length replacement of the tables: characters, then phrases, longest match first. */
function trieOf(characters: string, phrases: string): Trie {
  const trie = new Trie();
  // Phrases after characters: a phrase overrides its characters, and a phrase that maps to
  // itself (乾坤 乾坤, 著名 著名) keeps its characters from the character table.
  for (const dict of [characters, phrases]) {
    for (const entry of dict.split('|')) {
      const [from, to] = entry.split(' ');
      if (from && to && from.length === to.length) trie.addWord(from, to);
    }
  }
  return trie;
}

/** The two steps of the conversion, built on first use. */
function simplifier(): Trie[] {
  steps ??= [trieOf(TWVariantsRev, TWVariantsRevPhrases), trieOf(TSCharacters, TSPhrases)];
  return steps;
}

/**
 * The simplified copy of `text`: same length, same offsets; characters without
 * a simplified form (and simplified text) come back unchanged. Converts by the
 * longest matching phrase, so 乾坤 stays 乾坤 while 乾淨 becomes 干净.
 * @throws never; a replacement that would change the length is never applied.
 */
export function toSimplified(text: string): string {
  const out = simplifier().reduce((s, step) => step.convert(s), text);
  // By construction every replacement keeps its length; this guards the invariant offsets rely on.
  return out.length === text.length ? out : text;
}
