/**
 * Loads the shipped data files of public/dict once for the text tests,
 * the way the extension does (parse the text, install the reading corrections).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  createSegmenter, installReadingDict, parseDefinitions, parseReadingDict, parseWordDict,
  type DefinitionDict, type Segmenter,
} from '../../../lib/text';

const DIR = resolve(import.meta.dirname, '../../../public/dict');
let segmenter: Segmenter | null = null;
let definitions: DefinitionDict | null = null;

/** The segmenter over public/dict/words.txt, with readings.txt installed into pinyin-pro. */
export function loadSegmenter(): Segmenter {
  if (!segmenter) {
    segmenter = createSegmenter(parseWordDict(readFileSync(`${DIR}/words.txt`, 'utf8')));
    installReadingDict(parseReadingDict(readFileSync(`${DIR}/readings.txt`, 'utf8')));
  }
  return segmenter;
}

/** The word list and reading corrections as texts, for createLanguageTools. */
export function loadDictFiles(): { words: string; readings: string } {
  return { words: readFileSync(`${DIR}/words.txt`, 'utf8'), readings: readFileSync(`${DIR}/readings.txt`, 'utf8') };
}

/** The CC-CEDICT definitions from public/dict/cedict.txt.gz. */
export function loadDefinitions(): DefinitionDict {
  definitions ??= parseDefinitions(gunzipSync(readFileSync(`${DIR}/cedict.txt.gz`)).toString('utf8'));
  return definitions;
}
