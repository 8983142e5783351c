/**
 * The article glossary: terms, people, places, organisations, slogans and
 * quotations with pinyin and curated English glosses, plus CSV / Anki exports.
 * @module lib/glossary
 */
export { buildGlossary, prepareGlossary, type GlossaryOptions } from './build';
export { composeGloss } from './compose';
export { glossaryToCsv, glossaryToAnkiTsv, glossaryRows, type ExportArticle } from './export';
export { createTermBase, defaultTermBase, scanTerms, shippedEntries, type TermBase, type TermEntry, type TermHit } from './term-base';
export { findPeople, roleBefore, postAfter, type PersonHit } from './people';
export { classifyQuote, quotedTerms, bookTitles, meetings, organisations } from './patterns';
export { pinyinInContext } from './pinyin';
