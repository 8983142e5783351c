/**
 * The language tools built from the shipped dictionaries, in one object: the
 * segmenter, context-aware readings, definitions and alternative readings.
 * Built once per JS context (background service worker, CLI) from file texts.
 * @module lib/text/language-tools
 */
import type { WordItem } from '../types';
import { parseWordDict } from './word-dict';
import { createSegmenter } from './segment';
import { installReadingDict, parseReadingDict } from './readings';
import { createReader, installReader, readText } from './reader';
import type { PersonName } from './names';
import { lookupDefinitions, parseDefinitions, type Definition, type DefinitionDict } from './definitions';
import { alternativeReadings } from './alternatives';

export interface LanguageTools {
  /** Segment `text`, find personal names (one word each) and read every word in its sentence context. */
  words(text: string): WordItem[];
  /** The personal names the same reading found in `text` (lib/text/names; each one word of `words`). */
  names(text: string): PersonName[];
  /** Dictionary entries of a word (none when it is not in CC-CEDICT). */
  define(word: string): Definition[];
  /** Readings a reader may choose from when correcting a word. */
  alternatives(word: string): string[];
}

/** Build the tools; `definitions` may be left out when only words are needed (CLI --words). */
export function createLanguageTools(files: { words: string; readings: string; definitions?: string | Uint8Array }): LanguageTools {
  const dict = parseWordDict(files.words);
  installReadingDict(parseReadingDict(files.readings));
  // The glossary reads through the same reader (lib/text/reader), so both agree.
  installReader(createReader(createSegmenter(dict), dict));
  const defs: DefinitionDict | undefined = files.definitions ? parseDefinitions(files.definitions) : undefined;
  return {
    words: (text) => readText(text).words,
    names: (text) => readText(text).names,
    define: (word) => (defs ? lookupDefinitions(defs, word) : []),
    alternatives: (word) => alternativeReadings(word, defs),
  };
}
