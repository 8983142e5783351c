/**
 * English definitions from CC-CEDICT (CC BY-SA 4.0), in the compact file
 * `public/dict/cedict.txt` written by scripts/build-dict.ts: one line per
 * entry, `simplified\tpinyin with tone marks\tdef/def/…`, sorted by headword.
 * @module lib/text/definitions
 */

/** One dictionary reading of a word and its senses. */
export interface Definition { pinyin: string; defs: string[] }

/** Headword → its entries (one per reading), as parsed from the shipped file. */
export type DefinitionDict = Map<string, Definition[]>;

/** Parses the shipped definitions file; lines starting with `#` (the licence notice) are skipped. */
export function parseDefinitions(text: string): DefinitionDict {
  const dict: DefinitionDict = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const t1 = line.indexOf('\t');
    const t2 = line.indexOf('\t', t1 + 1);
    if (t1 < 0 || t2 < 0) continue;
    const word = line.slice(0, t1);
    const entry = { pinyin: line.slice(t1 + 1, t2), defs: line.slice(t2 + 1).split('/') };
    const list = dict.get(word);
    if (list) list.push(entry);
    else dict.set(word, [entry]);
  }
  return dict;
}

/** The dictionary entries of a word (empty when unknown); each has its pinyin and senses. */
export function lookupDefinitions(dict: DefinitionDict, word: string): Definition[] {
  return dict.get(word) ?? [];
}
