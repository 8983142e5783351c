/**
 * JSON export (the complete data, versioned) and import that validates,
 * migrates and merges without duplicates, reporting what it did.
 * @module lib/store/json
 */
import { mergeArticles, mergeCorrections, mergeHighlightsCounted, mergeWords, type MergeCounts } from './merge';
import { migrate, MigrationError } from './migrations';
import { MAX_IMPORT_LENGTH } from './limits';
import { ProblemLog, type RecordProblems } from './problems';
import { SCHEMA_VERSION, type StoreData } from './types';
import { isObject } from './validate';
import { checkStoreData } from './validate-data';

/** Marks a file as ours, so a random JSON file is refused with a clear message. */
export const EXPORT_FORMAT = 'renmin-reader-export';

/**
 * Raised when an import cannot be read; nothing is merged then. `records` groups the
 * problems by record (what the UI counts: "6 records"); `problems` lists every problem line.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  readonly problems: string[];
  constructor(message: string, readonly records: RecordProblems[] = []) {
    const problems = records.flatMap((r) => r.problems);
    super(problems.length ? `${message}:\n${problems.slice(0, 20).join('\n')}${problems.length > 20 ? `\n… and ${problems.length - 20} more` : ''}` : message);
    this.problems = problems;
  }
}

/** What an import did. */
export interface ImportReport {
  /** Schema version of the file before migration. */
  fromVersion: number;
  articles: MergeCounts;
  highlights: MergeCounts & { deleted: number };
  corrections: MergeCounts;
  /** Saved words (v2; an older file has none), tombstones counted. */
  words: MergeCounts;
  settings: 'imported' | 'kept' | 'none';
}

/** The complete data as a pretty-printed, versioned JSON file. */
export function exportJson(data: StoreData, now: Date = new Date()): string {
  const { schemaVersion: _drop, ...rest } = data;
  return `${JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), ...rest }, null, 2)}\n`;
}

/** Parse, migrate and validate an export (string or parsed) into StoreData; throws ImportError. */
export function parseExport(json: string | unknown): { data: StoreData; fromVersion: number } {
  let raw: unknown = json;
  if (typeof json === 'string') {
    if (json.length > MAX_IMPORT_LENGTH) throw new ImportError(`the file has ${json.length.toLocaleString('en')} characters, more than an export of the extension can have (${MAX_IMPORT_LENGTH.toLocaleString('en')})`);
    try {
      raw = JSON.parse(json);
    } catch (e) {
      throw new ImportError(`not a JSON file (${(e as Error).message})`);
    }
  }
  if (!isObject(raw) || raw.format !== EXPORT_FORMAT) throw new ImportError(`not a Renmin Reader export (format must be "${EXPORT_FORMAT}")`);
  let migrated: Record<string, unknown>;
  const fromVersion = raw.schemaVersion as number;
  try {
    migrated = migrate(raw);
  } catch (e) {
    if (e instanceof MigrationError) throw new ImportError(e.message);
    throw e;
  }
  return { data: validateStoreData(migrated), fromVersion };
}

/** Validate every record of current-version data; throws ImportError listing the problems record by record. */
export function validateStoreData(raw: Record<string, unknown>): StoreData {
  const log = new ProblemLog();
  const data = checkStoreData(raw, log);
  if (log.records.length) {
    const n = log.records.length;
    throw new ImportError(`${n} record${n === 1 ? ' has' : 's have'} problems; nothing was imported`, log.records);
  }
  return data;
}

/**
 * Merge an export into existing data: records by id/key/word, newest wins,
 * tombstones respected, so importing the same file twice changes nothing.
 * Settings are taken from the file only when the reader has none yet (a fresh
 * profile) or `replaceSettings` is set; the reader's own choices are not overwritten silently.
 */
export function importJson(
  existing: StoreData, json: string | unknown, options: { replaceSettings?: boolean } = {},
): { data: StoreData; report: ImportReport } {
  const { data: incoming, fromVersion } = parseExport(json);
  const articles = mergeArticles(existing.articles, incoming.articles);
  const highlights = mergeHighlightsCounted(existing.highlights, incoming.highlights);
  const corrections = mergeCorrections(existing.corrections, incoming.corrections);
  const words = mergeWords(existing.words, incoming.words);
  const takeSettings = incoming.settings !== null && (existing.settings === null || options.replaceSettings === true);
  const before = new Map(existing.highlights.map((h) => [h.id, h]));
  const deleted = highlights.merged.filter((h) => h.deletedAt != null && before.get(h.id)?.deletedAt == null && before.has(h.id)).length;
  return {
    data: {
      schemaVersion: SCHEMA_VERSION,
      articles: articles.merged,
      highlights: highlights.merged,
      settings: takeSettings ? incoming.settings : existing.settings,
      corrections: corrections.merged,
      words: words.merged,
    },
    report: {
      fromVersion,
      articles: articles.counts,
      highlights: { ...highlights.counts, deleted },
      corrections: corrections.counts,
      words: words.counts,
      settings: incoming.settings === null ? 'none' : takeSettings ? 'imported' : 'kept',
    },
  };
}
