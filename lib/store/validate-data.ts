/**
 * Validating the complete data of an import (after migration): every record, the
 * lists they are in, their counts, and ids that must not repeat.
 * @module lib/store/validate-data
 */
import { MAX_RECORDS, MAX_WORD_LENGTH } from './limits';
import type { ProblemLog } from './problems';
import { SCHEMA_VERSION, type ArticleRecord, type Highlight, type SavedWord, type StoreData } from './types';
import { validateSavedWord } from './validate-word';
import { isObject, validateArticle, validateCorrection, validateHighlight, validateSettings } from './validate';

/**
 * Validate every record of current-version data, logging problems record by record in
 * `log`; the returned data holds the valid records only (the caller refuses the import
 * when `log` has any record).
 */
export function checkStoreData(raw: Record<string, unknown>, log: ProblemLog): StoreData {
  const list = (field: keyof typeof MAX_RECORDS) => {
    const value = raw[field];
    if (!Array.isArray(value)) return log.add(field, [`${field}: expected a list`]), [];
    if (value.length > MAX_RECORDS[field]) {
      log.add(field, [`${field}: ${value.length.toLocaleString('en')} records, more than the ${MAX_RECORDS[field].toLocaleString('en')} a store may hold`]);
      return [];
    }
    return value as unknown[];
  };
  const articles = list('articles').map((a, i) => log.check(`articles[${i}]`, (p) => validateArticle(a, p, `articles[${i}]`)));
  const highlights = list('highlights').map((h, i) => log.check(`highlights[${i}]`, (p) => validateHighlight(h, p, `highlights[${i}]`)));
  const settings = raw.settings == null ? null : log.check('settings', (p) => validateSettings(raw.settings, p, 'settings'));
  const corrections: StoreData['corrections'] = {};
  if (raw.corrections !== undefined && !isObject(raw.corrections)) log.add('corrections', ['corrections: expected an object (word → correction)']);
  const words = Object.entries(isObject(raw.corrections) ? raw.corrections : {});
  if (words.length > MAX_RECORDS.corrections) log.add('corrections', [`corrections: ${words.length} words, more than the ${MAX_RECORDS.corrections} a store may hold`]);
  else {
    for (const [word, c] of words) {
      const path = `corrections[${JSON.stringify(word.slice(0, 40))}]`;
      if (word.length > MAX_WORD_LENGTH) log.add(path, [`${path}: a word of ${word.length} characters, more than ${MAX_WORD_LENGTH}`]);
      const valid = log.check(path, (p) => validateCorrection(c, p, path));
      if (valid && word.length <= MAX_WORD_LENGTH) corrections[word] = valid;
    }
  }
  const saved = list('words').map((w, i) => log.check(`words[${i}]`, (p) => validateSavedWord(w, p, `words[${i}]`)));
  const wordIds = new Map<string, number>();
  saved.forEach((w, i) => {
    if (!w) return;
    if (wordIds.has(w.id)) log.add(`words[${i}]`, [`words[${i}].id: ${w.id} repeats words[${wordIds.get(w.id)}]`]);
    wordIds.set(w.id, i);
  });
  const ids = new Map<string, number>();
  highlights.forEach((h, i) => {
    if (!h) return;
    if (ids.has(h.id)) log.add(`highlights[${i}]`, [`highlights[${i}].id: ${h.id} repeats highlights[${ids.get(h.id)}]`]);
    ids.set(h.id, i);
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: articles.filter((a): a is ArticleRecord => a !== null),
    highlights: highlights.filter((h): h is Highlight => h !== null),
    settings,
    corrections,
    words: saved.filter((w): w is SavedWord => w !== null),
  };
}
