/**
 * The library page's state and actions, outside the components: reading the
 * store, deleting an article's highlights (tombstones, with undo) and
 * importing an export. Every write goes through lib/ext/storage-items.
 * @module entrypoints/library/state
 */
import { createObservable, type Observable } from '../../lib/ext/observable';
import { PartialWriteError, readStoreInSlices, watchStoredData, writeChanges, writeEntriesInSlices } from '../../lib/ext/storage-items';
import {
  ImportError, deleteHighlight, isDeleted, restoreHighlight, toStorageEntries,
  type HighlightColor, type ImportReport, type StoreData,
} from '../../lib/store';
import type { ImportProgress } from '../../lib/library/import-progress';
import { importInWorker } from './import-run';

/** The outcome of the last import, shown until the reader closes it. */
export type ImportOutcome =
  | { ok: true; fileName: string; report: ImportReport; written: number }
  /** `message` is the import's own explanation (lib/store); `saveError` a storage failure while writing. */
  | { ok: false; fileName: string; message: string; problems: string[]; saveError?: boolean; /** Entries that stayed written (the write failed and could not be taken back). */ partial?: { written: number; total: number } };

/** A deletion that can still be undone. */
export interface PendingUndo { articleKey: string; title: string; ids: string[] }

/** Everything the page shows. */
export interface LibraryState {
  /** null while the first read is running. */
  data: StoreData | null;
  /** Stored records that failed validation (kept in storage, left out of the view). */
  problems: string[];
  /** The stored schema version when a newer version of the extension wrote it: nothing is shown or written. */
  newerVersion: number | null;
  /** A failed read or write (quota …) and the browser's words for it, shown until the next success. */
  error: { what: 'read' | 'save'; detail: string } | null;
  query: string;
  colors: HighlightColor[];
  /** Article whose delete button was pressed and awaits confirmation. */
  confirmDelete: string | null;
  undo: PendingUndo | null;
  importOutcome: ImportOutcome | null;
  /** How far a running import is (null when none runs). */
  importProgress: ImportProgress | null;
  busy: boolean;
}

/** The actions the page's components trigger. */
export interface LibraryActions {
  reload(): Promise<void>;
  setQuery(query: string): void;
  toggleColor(color: HighlightColor): void;
  askDelete(articleKey: string | null): void;
  /** Delete the article's highlights that the reader saw when confirming (`ids`), no others. */
  deleteArticle(articleKey: string, ids: string[]): Promise<void>;
  undoDelete(): Promise<void>;
  importFile(file: File): Promise<void>;
  closeImport(): void;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Apply a change to a fresh read of the store and write the difference (see createLibrary). */
export type LibraryUpdate = (change: (data: StoreData) => StoreData) => Promise<void>;

/** Create the page's store and its actions; `update` is how other parts of the page write (the word list). */
export function createLibrary(): { store: Observable<LibraryState>; actions: LibraryActions; update: LibraryUpdate } {
  const store = createObservable<LibraryState>({
    data: null, problems: [], newerVersion: null, error: null, query: '', colors: [], confirmDelete: null, undo: null, importOutcome: null, importProgress: null, busy: false,
  });
  /** While an import writes, its own changes are not followed one by one: the page reads once at the end. */
  let importing = false;

  /** Read everything again; the view is always rebuilt from storage, never patched by hand. */
  const reload = async () => {
    try {
      const { data, problems, newerVersion } = await readStoreInSlices();
      store.set(newerVersion ? { data: null, problems: [], newerVersion, error: null } : { data, problems, newerVersion: null, error: null });
    } catch (e) {
      store.set({ error: { what: 'read', detail: errorText(e) } });
    }
  };

  /** Apply `change` to a fresh read and write the difference (fresh: another tab may have written since). */
  const update = async (change: (data: StoreData) => StoreData) => {
    if (store.get().newerVersion) return; // data of a newer version is never written here
    store.set({ busy: true });
    try {
      const { data: before } = await readStoreInSlices();
      await writeChanges(before, change(before));
      await reload();
    } catch (e) {
      store.set({ error: { what: 'save', detail: errorText(e) } });
    } finally {
      store.set({ busy: false });
    }
  };

  const actions: LibraryActions = {
    reload,
    setQuery: (query) => store.set({ query }),
    toggleColor: (color) =>
      store.set(({ colors }) => ({ colors: colors.includes(color) ? colors.filter((c) => c !== color) : [...colors, color] })),
    askDelete: (articleKey) => store.set({ confirmDelete: articleKey }),
    async deleteArticle(articleKey, shown) {
      const now = new Date();
      const wanted = new Set(shown);
      const ids: string[] = [];
      const title = store.get().data?.articles.find((a) => a.key === articleKey)?.title ?? articleKey;
      store.set({ confirmDelete: null });
      await update((data) => ({
        ...data,
        highlights: data.highlights.map((h) => {
          if (h.articleKey !== articleKey || isDeleted(h) || !wanted.has(h.id)) return h;
          ids.push(h.id);
          return deleteHighlight(h, now);
        }),
      }));
      if (!store.get().error) store.set({ undo: { articleKey, title, ids } });
    },
    async undoDelete() {
      const pending = store.get().undo;
      if (!pending) return;
      const now = new Date();
      const ids = new Set(pending.ids);
      await update((data) => ({
        ...data,
        highlights: data.highlights.map((h) => (ids.has(h.id) && isDeleted(h) ? restoreHighlight(h, now) : h)),
      }));
      if (!store.get().error) store.set({ undo: null });
    },
    async importFile(file) {
      if (store.get().newerVersion) return;
      const progress = (phase: ImportProgress['phase'], done = 0, total = 0) => store.set({ importProgress: { phase, done, total } });
      store.set({ busy: true, importOutcome: null });
      importing = true;
      try {
        progress('reading');
        const text = await file.text();
        const { data: before } = await readStoreInSlices((done, total) => progress('reading', done, total));
        progress('checking');
        // Parse, validate and merge run in a worker: nothing is written unless the whole file is good.
        const { report, entries } = await importInWorker(before, text);
        const previous = new Map(toStorageEntries(before).map((e) => [e.key as string, e.value]));
        progress('writing', 0, entries.length);
        const written = await writeEntriesInSlices(entries, previous, (done, total) => progress('writing', done, total));
        store.set({ importOutcome: { ok: true, fileName: file.name, report, written } });
      } catch (e) {
        const problems = e instanceof ImportError ? e.problems : [];
        const message = e instanceof ImportError ? e.message.split('\n')[0] : errorText(e);
        const partial = e instanceof PartialWriteError ? { written: e.written, total: e.total } : undefined;
        store.set({ importOutcome: { ok: false, fileName: file.name, message, problems, saveError: !(e instanceof ImportError), ...(partial ? { partial } : {}) } });
      } finally {
        importing = false;
        store.set({ busy: false, importProgress: null });
      }
      await reload();
    },
    closeImport: () => store.set({ importOutcome: null }),
  };
  // Follow storage live: another tab may save or delete while the library is open, and
  // every question the page asks ("Delete all 3?") must count what is stored now.
  let timer: ReturnType<typeof setTimeout> | null = null;
  watchStoredData(() => {
    if (importing) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void reload(), 80);
  });
  return { store, actions, update };
}
