/**
 * Bounds of every stored and imported field: what the extension itself writes, with
 * room to spare. Validation refuses anything beyond them, so a hand-made or hostile
 * file cannot make a record that the product never makes (a 1,000-character "context",
 * a megabyte note, a `javascript:` link). Anchoring's own bounds are in lib/anchoring/limits.
 * @module lib/store/limits
 */

/** Longest note (UTF-16 units). Why 20,000: about ten pages of notes on one passage; the editor should stop there too. */
export const MAX_NOTE_LENGTH = 20_000;

/** Longest article title kept. People's Daily titles run to about 60 characters; 500 leaves room for pre-titles and subtitles. */
export const MAX_TITLE_LENGTH = 500;

/** Longest source name (人民日报, 新华社, 人民网－人民日报海外版 …). */
export const MAX_SOURCE_LENGTH = 200;

/** Longest article URL (browsers and servers commonly stop at 2,048). */
export const MAX_URL_LENGTH = 2048;

/** Longest record id: randomId() writes 36-character UUIDs. */
export const MAX_ID_LENGTH = 64;

/** Highest page of a paginated article (URLs carry one to three digits: -2.html … _999.html). */
export const MAX_PAGE = 999;

/** Largest text offset. Why 10,000,000: far beyond any article's text, yet a bound on positions an import may claim. */
export const MAX_OFFSET = 10_000_000;

/** Longest word with a reading correction, and longest pinyin for it. */
export const MAX_WORD_LENGTH = 32;
export const MAX_PINYIN_LENGTH = 200;

/** Longest definition kept with a saved word: CC-CEDICT's longest entries (all senses of 打, 过) run to about 1,500 characters. */
export const MAX_DEFINITION_LENGTH = 4000;

/** Longest sentence kept with a saved word: a long People's Daily sentence runs to 150 characters; longer ones are cut around the word. */
export const MAX_SENTENCE_LENGTH = 300;

/** Most records of each kind in one import or store: far above a reader's lifetime of highlights (and of words learnt). */
export const MAX_RECORDS = { articles: 20_000, highlights: 100_000, corrections: 50_000, words: 50_000 } as const;

/** Longest import file (characters) read at all: enough for MAX_RECORDS of typical size. */
export const MAX_IMPORT_LENGTH = 64 * 1024 * 1024;
