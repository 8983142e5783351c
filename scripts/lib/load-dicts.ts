/** The shipped dictionaries (public/dict) as language tools in Node: the CLI uses what the extension uses. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { createLanguageTools, type LanguageTools } from '../../lib/text/language-tools';

const DICT = resolve(import.meta.dirname, '../../public/dict');
let tools: LanguageTools | null = null;

/** Load once per process. */
export function loadLanguageTools(): LanguageTools {
  tools ??= createLanguageTools({
    words: readFileSync(resolve(DICT, 'words.txt'), 'utf8'),
    readings: readFileSync(resolve(DICT, 'readings.txt'), 'utf8'),
    definitions: gunzipSync(readFileSync(resolve(DICT, 'cedict.txt.gz'))), // bytes, looked up undecoded as in the extension
  });
  return tools;
}
