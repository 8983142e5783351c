/**
 * The words of a text as the popup needs them: segmented and read in context
 * on the analysis copy (simplified for a traditional text), each word keeping
 * the page's own characters; the definitions of every word with a reading and of
 * its parts and surnames (so describeSegment needs no second round trip); and
 * the personal names found. What the background answers to a `words` request,
 * for the article and for a paragraph outside it alike.
 * @module lib/text/words-reply
 */
import type { LanguageTools } from './language-tools';
import type { WordItem } from '../types';
import type { Definition } from './definitions';
import type { PersonName } from './names';
import { analysisText, wordsOnPage } from './analysis-text';
import { relatedWords } from './segment-parts';

export interface WordsOfText {
  words: WordItem[];
  /** Word (page characters) → its CC-CEDICT entries. */
  definitions: Record<string, Definition[]>;
  /** Offsets into `text` (the analysis copy has the same length). */
  names: PersonName[];
}

/** The words, definitions and names of `text`, from `tools`. */
export function wordsOfText(tools: LanguageTools, text: string): WordsOfText {
  const simplified = analysisText(text);
  const words = wordsOnPage(tools.words(simplified), text);
  const definitions: Record<string, Definition[]> = {};
  for (const w of words) {
    if (!w.pinyin || w.text in definitions) continue;
    definitions[w.text] = tools.define(w.simplified ?? w.text);
    for (const extra of relatedWords(w.text, tools.define, definitions[w.text])) definitions[extra] ??= tools.define(extra);
  }
  return { words, definitions, names: tools.names(simplified) };
}
