/**
 * The stored-data model of highlights, notes and the word list: types, keys, merge, migrations, import and export (all pure).
 * @module lib/store
 */
export * from './types';
export { articleKey } from './article-key';
export { createHighlight, updateHighlight, deleteHighlight, restoreHighlight } from './highlight';
export * from './keys';
export * from './merge';
export { migrate, MIGRATIONS, MigrationError, newerSchemaVersion, versionOf, type Migration } from './migrations';
export { exportJson, importJson, parseExport, validateStoreData, ImportError, EXPORT_FORMAT, type ImportReport } from './json';
export { exportMarkdown } from './export-markdown';
export { exportAnkiTsv, ANKI_COLUMNS } from './export-anki';
export { exportWordsAnkiTsv, WORD_ANKI_COLUMNS } from './export-words-anki';
export { validateSavedWord } from './validate-word';
export { groupHighlights, type ArticleGroup } from './export-groups';
export { ProblemLog, type RecordProblems } from './problems';
export { peopleUrl } from './safe-url';
export * from './limits';
export { canReadInSlices, joinSnapshotReads, keySlices } from './snapshot-slices';
