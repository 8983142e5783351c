/**
 * The messages between the library page and its import worker (types only).
 * The worker runs the whole import of lib/store (parse, validate, migrate, merge,
 * the entries that change) off the page's main thread; the page sends it what is
 * stored now, in parts, and the file; it answers with the report and the entries
 * to write, in parts, so that no message holds either side for long.
 * @module lib/library/import-messages
 */
import type { ImportReport, StorageEntry, StoreData, Highlight } from '../store';

/** Page → worker. */
export type ToImportWorker =
  /** What is stored now, without its highlights (they follow in parts). */
  | { type: 'existing'; data: Omit<StoreData, 'highlights'> }
  | { type: 'highlights'; list: Highlight[] }
  /** The file's text: import it into what was sent. */
  | { type: 'run'; text: string };

/** Worker → page. */
export type FromImportWorker =
  | { type: 'report'; report: ImportReport; total: number }
  | { type: 'entries'; entries: StorageEntry[] }
  | { type: 'done' }
  /** `importError`: the file was refused (nothing to write); else the worker itself failed. */
  | { type: 'error'; importError: boolean; message: string; problems: string[] };

/** Highlights per message each way: small enough that copying one never holds a thread for long. */
export const IMPORT_MESSAGE_RECORDS = 1000;
