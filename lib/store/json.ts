/**
 * JSON export (the complete data, versioned) and import that validates,
 * migrates and merges without duplicates, reporting what it did.
 * @module lib/store/json
 */
import { mergeArticles, mergeCorrections, mergeHighlightsCounted, type MergeCounts } from './merge';
import { migrate, MigrationError } from './migrations';
import { SCHEMA_VERSION, type StoreData } from './types';
import { isObject, validateArticle, validateCorrection, validateHighlight, validateSettings } from './validate';

/** Marks a file as ours, so a random JSON file is refused with a clear message. */
export const EXPORT_FORMAT = 'renmin-reader-export';

/** Raised when an import cannot be read; `problems` lists every bad field. Nothing is merged then. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(message: string, readonly problems: string[] = []) {
    super(problems.length ? `${message}:\n${problems.slice(0, 20).join('\n')}${problems.length > 20 ? `\n… and ${problems.length - 20} more` : ''}` : message);
  }
}

/** What an import did. */
export interface ImportReport {
  /** Schema version of the file before migration. */
  fromVersion: number;
  articles: MergeCounts;
  highlights: MergeCounts & { deleted: number };
  corrections: MergeCounts;
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

/** Validate every record of current-version data; throws ImportError listing all problems. */
export function validateStoreData(raw: Record<string, unknown>): StoreData {
  const problems: string[] = [];
  const list = (field: string) => {
    if (Array.isArray(raw[field])) return raw[field] as unknown[];
    problems.push(`${field}: expected a list`);
    return [];
  };
  const articles = list('articles').map((a, i) => validateArticle(a, problems, `articles[${i}]`));
  const highlights = list('highlights').map((h, i) => validateHighlight(h, problems, `highlights[${i}]`));
  const settings = raw.settings == null ? null : validateSettings(raw.settings, problems, 'settings');
  const corrections: StoreData['corrections'] = {};
  if (raw.corrections !== undefined && !isObject(raw.corrections)) problems.push('corrections: expected an object (word → correction)');
  for (const [word, c] of Object.entries(isObject(raw.corrections) ? raw.corrections : {})) {
    const valid = validateCorrection(c, problems, `corrections[${JSON.stringify(word)}]`);
    if (valid) corrections[word] = valid;
  }
  const ids = new Map<string, number>();
  highlights.forEach((h, i) => {
    if (!h) return;
    if (ids.has(h.id)) problems.push(`highlights[${i}].id: ${h.id} repeats highlights[${ids.get(h.id)}]`);
    ids.set(h.id, i);
  });
  if (problems.length) throw new ImportError(`the file has ${problems.length} problem(s); nothing was imported`, problems);
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: articles as StoreData['articles'],
    highlights: highlights as StoreData['highlights'],
    settings,
    corrections,
  };
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
    },
    report: {
      fromVersion,
      articles: articles.counts,
      highlights: { ...highlights.counts, deleted },
      corrections: corrections.counts,
      settings: incoming.settings === null ? 'none' : takeSettings ? 'imported' : 'kept',
    },
  };
}
