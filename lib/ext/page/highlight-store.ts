/**
 * The highlighter's storage side: load an article's highlights, write each
 * change (a highlight and its article record in one call), keep a change that
 * storage refused pending — shown, retried with growing delays and at once after
 * any write that succeeds — until it is stored or the reader discards it, and
 * follow what other tabs store. Nothing looks saved that is not.
 * @module lib/ext/page/highlight-store
 */
import { withDistinctness } from '../../anchoring';
import { articleHighlightsPrefix, type ArticleRecord, type Highlight } from '../../store';
import { validateHighlight } from '../../store/validate';
import type { PlacedHighlight } from '../../highlights/rows';
import { reconcile, retryDelay } from '../../highlights/pending';
import { invalidRecordsNotice, newerVersionNotice } from '../../highlights/notices';
import { readArticleHighlights, watchStoredData, writeHighlight } from '../storage-items';
import type { Observable } from '../observable';
import type { HighlightList } from './highlight-list';
import { withNotice, type PageState } from './page-state';

export interface HighlightStore {
  /** Read this article's highlights, place them, and follow changes from now on. */
  load(): Promise<void>;
  /** Store `h` (a new version, or a tombstone when `deletedAt` is set). */
  write(h: Highlight): Promise<void>;
  /** Try a failed write again now. */
  retry(id: string): Promise<void>;
  /** Drop a change storage refused: a new highlight goes, an edit or a deletion is undone. */
  discard(id: string): void;
  /** The last version of `id` known to be stored, or the tombstone of one deleted meanwhile. */
  lastKnown(id: string): Highlight | undefined;
}

interface Deps {
  state: Observable<PageState>;
  list: HighlightList;
  articleKey: string;
  /** The article record written with each highlight. */
  article: () => ArticleRecord;
}

const messageOf = (error: unknown) => String((error as Error)?.message ?? error);
const now = () => new Date().toISOString();

/** The storage side of one article page's highlights. */
export function createHighlightStore({ state, list, articleKey, article }: Deps): HighlightStore {
  /** Last version known to be in storage, per id (absent: never stored). */
  const stored = new Map<string, Highlight>();
  /** Highlights deleted here or elsewhere, for undo and for saving an orphaned note. */
  const deleted = new Map<string, Highlight>();
  const failures = new Map<string, number>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const setNotice = (id: 'storage' | 'records' | 'read-only', text: string | null) => state.set((s) => ({ notices: withNotice(s.notices, id, text) }));
  const anyFailed = () => list.all().some((p) => p.save.state === 'failed');

  const failed = (h: Highlight, error: unknown) => {
    const current = list.find(h.id);
    if (current?.highlight.updatedAt !== h.updatedAt) return; // a newer change took over
    const n = (failures.get(h.id) ?? 0) + 1;
    failures.set(h.id, n);
    list.upsert({ ...current, save: { state: 'failed', error: messageOf(error) } });
    setNotice('storage', `标注未能保存，稍后自动重试 Highlights not saved; retrying: ${messageOf(error)}`);
    timers.set(h.id, setTimeout(() => void store.retry(h.id), retryDelay(n)));
  };

  const succeeded = (h: Highlight) => {
    stored.set(h.id, h);
    failures.delete(h.id);
    const current = list.find(h.id);
    if (current?.highlight.updatedAt === h.updatedAt) {
      if (h.deletedAt) {
        deleted.set(h.id, h);
        list.drop(h.id);
      } else list.upsert({ ...current, save: { state: 'saved' } });
    }
    if (!anyFailed()) setNotice('storage', null);
    // Storage took this write: space may have been freed, so try the others now.
    for (const p of list.all()) if (p.save.state === 'failed') void store.retry(p.highlight.id);
  };

  /** Versions storage reports (this tab's own writes come back too and change nothing). */
  const followStored = (changes: Record<string, { newValue?: unknown }>) => {
    const prefix = articleHighlightsPrefix(articleKey).slice('local:'.length);
    let next = list.all();
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith(prefix)) continue;
      const incoming = change.newValue === undefined ? null : validateHighlight(change.newValue, [], key);
      if (change.newValue !== undefined && !incoming) continue; // invalid: reported on the next load, never placed
      const id = incoming?.id ?? key.slice(prefix.length);
      const local = next.find((p) => p.highlight.id === id);
      if (local && incoming && local.highlight.updatedAt === incoming.updatedAt && local.save.state === 'saved') continue;
      const verdict = reconcile(local ? { highlight: local.highlight, pending: local.save.state !== 'saved' } : undefined, incoming);
      if (verdict === 'keep-local') continue;
      if (incoming) stored.set(id, incoming);
      next = next.filter((p) => p.highlight.id !== id);
      if (verdict === 'take') next = [...next, list.place(incoming!)];
      else if (incoming) deleted.set(id, incoming);
    }
    if (next !== list.all()) list.set(next);
  };

  /**
   * Highlights saved before selectors carried `distinct` (how far the passage is from every other
   * in the text) get it while the text is still the one they were saved on: later edits are then
   * told apart from lookalike passages. A few per load, written like any change.
   */
  const addDistinctness = (placed: PlacedHighlight[]) => {
    const { text } = state.get().extraction;
    const due = placed.filter((p) => p.anchor?.method === 'position' && !p.highlight.selectors.distinct && p.highlight.selectors.textHash === list.textHash());
    for (const p of due.slice(0, 20)) {
      const selectors = withDistinctness(text, p.highlight.selectors, list.textHash());
      if (selectors) void store.write({ ...p.highlight, selectors, updatedAt: now() });
    }
  };

  let watching = false;
  const store: HighlightStore = {
    async load() {
      try {
        const { highlights, problems, invalidRecords, newerVersion } = await readArticleHighlights(articleKey);
        if (newerVersion) {
          state.set({ readOnly: true, highlights: [] });
          setNotice('read-only', newerVersionNotice(newerVersion));
          return;
        }
        state.set({ readOnly: false });
        setNotice('read-only', null);
        for (const h of highlights) stored.set(h.id, h);
        const placed = highlights.map((h) => list.place(h));
        list.set(placed);
        setNotice('records', invalidRecords ? invalidRecordsNotice(invalidRecords, problems[0]) : null);
        addDistinctness(placed);
      } catch (error) {
        state.set({ highlights: [] });
        setNotice('storage', `标注读取失败 Highlights could not be read: ${messageOf(error)}`);
      } finally {
        if (!watching) {
          watching = true;
          watchStoredData((changes) => ('schemaVersion' in changes ? void store.load() : followStored(changes)));
        }
      }
    },

    async write(h) {
      clearTimeout(timers.get(h.id));
      list.upsert(list.place(h, { state: 'saving' }, !!h.deletedAt));
      try {
        await writeHighlight(h, h.deletedAt ? null : article());
      } catch (error) {
        failed(h, error);
        return;
      }
      succeeded(h);
    },

    async retry(id) {
      const entry = list.find(id);
      if (entry && entry.save.state === 'failed') await store.write(entry.highlight);
    },

    discard(id) {
      const found = list.find(id);
      if (!found || found.save.state === 'saved') return;
      clearTimeout(timers.get(id));
      failures.delete(id);
      const last = stored.get(id);
      if (!last || last.deletedAt) list.drop(id);
      else list.upsert(list.place(last));
      if (!anyFailed()) setNotice('storage', null);
    },

    lastKnown: (id) => deleted.get(id) ?? stored.get(id),
  };
  return store;
}
