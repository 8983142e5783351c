/**
 * Saved highlights on the page: restore them on load, save a selection, edit,
 * delete with undo, re-attach orphans, follow changes made in other tabs, and
 * keep every change that storage refused pending (shown, retried) until it is
 * stored or the reader discards it: nothing looks saved that is not.
 * Glue between the page, the state and storage; anchoring, the data model and
 * the pending rules are pure code in lib/anchoring, lib/store and lib/highlights.
 * @module lib/ext/page/highlighter
 */
import { MAX_QUOTE_LENGTH, anchor, describeRange, hashText, withDistinctness } from '../../anchoring';
import { DEFAULT_COLOR, MAX_NOTE_LENGTH, articleHighlightsPrefix, type ArticleRecord, type Highlight, type HighlightColor } from '../../store';
import { validateHighlight } from '../../store/validate';
import { flattenSpans } from '../../dom/marks';
import { offsetsOfRange } from '../../dom/ranges';
import { pageOf } from '../../detect/url';
import { randomId } from '../../format/random-id';
import type { ArticleMeta } from '../../types';
import type { PlacedHighlight } from '../../highlights/rows';
import { reconcile, retryDelay } from '../../highlights/pending';
import { invalidRecordsNotice, newerVersionNotice } from '../../highlights/notices';
import { readArticleHighlights, watchStoredData, writeHighlight } from '../storage-items';
import type { Observable } from '../observable';
import type { MarkLayers } from './mark-layers';
import { scrollToMarks } from './flash';
import { withNotice, type PageState } from './page-state';

export interface Highlighter {
  load(): Promise<void>;
  /** Save the current selection; with `withNote`, open its note editor in the panel. */
  saveSelection(color?: HighlightColor, withNote?: boolean): Promise<void>;
  update(id: string, patch: { note?: string; color?: HighlightColor }): Promise<void>;
  remove(id: string): Promise<void>;
  /** Undo a deletion. */
  restore(id: string): Promise<void>;
  reattach(id: string): Promise<void>;
  retry(id: string): Promise<void>;
  /** Drop the change that could not be stored: a new highlight goes, an edit or deletion is undone. */
  discard(id: string): void;
  /** Save the note of a highlight deleted meanwhile as a new highlight at the same place. */
  recreate(id: string, note: string): Promise<void>;
  /** Read the page selection into the state (toolbar position included). */
  readSelection(): void;
  /** The id of the highlight mark at `target`, if any. */
  markAt(target: EventTarget | null): string | null;
  /** Scroll to a highlight and flash it. */
  jump(id: string): void;
  /** The article text changed (the page re-rendered it): place every highlight again. */
  replaceAll(): void;
}

interface Deps {
  doc: Document;
  state: Observable<PageState>;
  layers: MarkLayers;
  root: () => Element;
  articleKey: string;
  meta: ArticleMeta;
  /** Ask the panel to open the note editor of a highlight. */
  openEditor: (id: string) => void;
}

const messageOf = (error: unknown) => String((error as Error)?.message ?? error);

/** Wire highlights for one article page. */
export function createHighlighter({ doc, state, layers, root, articleKey, meta, openEditor }: Deps): Highlighter {
  const page = pageOf(doc.location.href);
  const text = () => state.get().extraction.text;
  let textHash = hashText(text());
  /** Last version known to be in storage, per id (absent: never stored). */
  const stored = new Map<string, Highlight>();
  /** Highlights deleted here or elsewhere, for undo and for saving an orphaned note. */
  const deleted = new Map<string, Highlight>();
  const failures = new Map<string, number>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const entries = () => state.get().highlights ?? [];
  const find = (id: string) => entries().find((p) => p.highlight.id === id);
  const place = (h: Highlight, save: PlacedHighlight['save'] = { state: 'saved' }, deleting = false): PlacedHighlight =>
    (h.page ?? 1) === page
      ? { highlight: h, anchor: anchor(text(), h.selectors, { textHash }), save, ...(deleting ? { deleting } : {}) }
      : { highlight: h, anchor: null, otherPage: h.page ?? 1, save, ...(deleting ? { deleting } : {}) };

  /** Draw the marks: one per placed, live highlight; a mark carries an id and a colour, never a note. */
  const drawMarks = (list: PlacedHighlight[]) => {
    const spans = list
      .filter((p) => p.anchor && !p.deleting)
      .sort((a, b) => a.highlight.createdAt.localeCompare(b.highlight.createdAt))
      .map((p) => ({ start: p.anchor!.start, end: p.anchor!.end, attrs: { 'data-rr-kind': 'highlight', 'data-rr-id': p.highlight.id, 'data-rr-color': p.highlight.color } }));
    layers.set('highlights', flattenSpans(spans));
  };
  const setEntries = (list: PlacedHighlight[]) => {
    const before = entries();
    state.set({ highlights: list });
    const key = (l: PlacedHighlight[]) => l.filter((p) => p.anchor && !p.deleting).map((p) => `${p.highlight.id}:${p.highlight.color}:${p.anchor!.start}:${p.anchor!.end}`).join('|');
    if (key(before) !== key(list) || !layers.has('highlights')) drawMarks(list);
  };
  const upsert = (entry: PlacedHighlight) => setEntries([...entries().filter((p) => p.highlight.id !== entry.highlight.id), entry]);
  const drop = (id: string) => setEntries(entries().filter((p) => p.highlight.id !== id));

  const articleRecord = (): ArticleRecord => ({
    key: articleKey, url: meta.url ?? doc.location.href, title: meta.title, source: meta.source,
    publishedAt: meta.publishedAt, textHash, updatedAt: new Date().toISOString(),
  });

  const refuseReadOnly = () => {
    if (!state.get().readOnly) return false;
    state.set({ selection: null });
    return true;
  };

  /** Store `h` (a new version or a tombstone); the entry shows "saving", then "saved" or "failed". */
  const write = async (h: Highlight): Promise<void> => {
    clearTimeout(timers.get(h.id));
    const deleting = !!h.deletedAt;
    upsert(place(h, { state: 'saving' }, deleting));
    try {
      await writeHighlight(h, deleting ? null : articleRecord());
    } catch (error) {
      const current = find(h.id);
      if (current?.highlight.updatedAt !== h.updatedAt) return; // a newer change took over
      const n = (failures.get(h.id) ?? 0) + 1;
      failures.set(h.id, n);
      upsert({ ...current, save: { state: 'failed', error: messageOf(error) } });
      state.set((s) => ({ notices: withNotice(s.notices, 'storage', `标注未能保存，稍后自动重试 Highlights not saved; retrying: ${messageOf(error)}`) }));
      timers.set(h.id, setTimeout(() => void retryPending(h.id), retryDelay(n)));
      return;
    }
    stored.set(h.id, h);
    failures.delete(h.id);
    const current = find(h.id);
    if (current?.highlight.updatedAt === h.updatedAt) {
      if (deleting) {
        deleted.set(h.id, h);
        drop(h.id);
      } else upsert({ ...current, save: { state: 'saved' } });
    }
    if (!entries().some((p) => p.save.state === 'failed')) state.set((s) => ({ notices: withNotice(s.notices, 'storage', null) }));
    // Storage took this write: space may have been freed, so try the others now.
    for (const p of entries()) if (p.save.state === 'failed') void retryPending(p.highlight.id);
  };

  const retryPending = async (id: string) => {
    const entry = find(id);
    if (entry && entry.save.state === 'failed') await write(entry.highlight);
  };

  const now = () => new Date().toISOString();

  /**
   * Highlights saved before selectors carried `distinct` (how far the passage is from every other
   * in the text) get it while the text is still the one they were saved on: later edits are then
   * told apart from lookalike passages. A few per load, written like any change.
   */
  const addDistinctness = (placed: PlacedHighlight[]) => {
    const due = placed.filter((p) => p.anchor?.method === 'position' && !p.highlight.selectors.distinct && p.highlight.selectors.textHash === textHash);
    for (const p of due.slice(0, 20)) {
      const selectors = withDistinctness(text(), p.highlight.selectors, textHash);
      if (selectors) void write({ ...p.highlight, selectors, updatedAt: now() });
    }
  };

  /** Apply versions that storage reports (this tab's writes come back too and change nothing). */
  const onStored = (changes: Record<string, { newValue?: unknown }>) => {
    const prefix = articleHighlightsPrefix(articleKey).slice('local:'.length);
    let list = entries();
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith(prefix)) continue;
      const incoming = change.newValue === undefined ? null : validateHighlight(change.newValue, [], key);
      if (change.newValue !== undefined && !incoming) continue; // invalid record: reported on the next load, never placed
      const id = incoming?.id ?? key.slice(prefix.length);
      const local = list.find((p) => p.highlight.id === id);
      if (local && incoming && local.highlight.updatedAt === incoming.updatedAt && local.save.state === 'saved') continue;
      const verdict = reconcile(local ? { highlight: local.highlight, pending: local.save.state !== 'saved' } : undefined, incoming);
      if (verdict === 'keep-local') continue;
      if (incoming) stored.set(id, incoming);
      list = list.filter((p) => p.highlight.id !== id);
      if (verdict === 'take') list = [...list, place(incoming!)];
      else if (incoming) deleted.set(id, incoming);
    }
    if (list !== entries()) setEntries(list);
  };

  const api: Highlighter = {
    async load() {
      try {
        const { highlights, problems, invalidRecords, newerVersion } = await readArticleHighlights(articleKey);
        if (newerVersion) {
          state.set((s) => ({
            readOnly: true, highlights: [],
            notices: withNotice(s.notices, 'read-only', newerVersionNotice(newerVersion)),
          }));
          return;
        }
        for (const h of highlights) stored.set(h.id, h);
        const placed = highlights.map((h) => place(h));
        setEntries(placed);
        if (invalidRecords) state.set((s) => ({ notices: withNotice(s.notices, 'records', invalidRecordsNotice(invalidRecords, problems[0])) }));
        addDistinctness(placed);
      } catch (error) {
        state.set((s) => ({ highlights: [], notices: withNotice(s.notices, 'storage', `标注读取失败 Highlights could not be read: ${messageOf(error)}`) }));
      }
      watchStoredData((changes) => {
        if ('schemaVersion' in changes) void api.load();
        else onStored(changes);
      });
    },

    async saveSelection(color = DEFAULT_COLOR, withNote = false) {
      const sel = state.get().selection;
      if (!sel || refuseReadOnly()) return;
      if (sel.end - sel.start > MAX_QUOTE_LENGTH) {
        state.set((s) => ({ notices: withNotice(s.notices, 'storage', `选中的文字太长（最多 ${MAX_QUOTE_LENGTH} 字）The selection is too long to highlight (at most ${MAX_QUOTE_LENGTH} characters)`) }));
        return;
      }
      const at = now();
      const h: Highlight = {
        id: randomId(), articleKey, selectors: describeRange(text(), sel.start, sel.end, textHash),
        color, note: '', createdAt: at, updatedAt: at, ...(page > 1 ? { page } : {}),
      };
      doc.getSelection()?.removeAllRanges();
      state.set({ selection: null });
      const saving = write(h);
      if (withNote) openEditor(h.id);
      await saving;
    },

    async update(id, patch) {
      const found = find(id);
      if (!found || refuseReadOnly()) return;
      if (patch.note !== undefined && patch.note.length > MAX_NOTE_LENGTH) {
        // The editor stops at the limit; a longer note is refused aloud, never cut silently.
        state.set((s) => ({ notices: withNotice(s.notices, 'storage', `笔记太长（最多 ${MAX_NOTE_LENGTH} 字），未保存 Note too long (at most ${MAX_NOTE_LENGTH} characters); not saved`) }));
        return;
      }
      await write({ ...found.highlight, ...patch, updatedAt: now() });
    },

    async remove(id) {
      const found = find(id);
      if (!found || refuseReadOnly()) return;
      await write({ ...found.highlight, deletedAt: now(), updatedAt: now() });
    },

    async restore(id) {
      const before = find(id)?.highlight ?? deleted.get(id);
      if (!before || refuseReadOnly()) return;
      await write({ ...before, deletedAt: null, updatedAt: now() });
    },

    async reattach(id) {
      const sel = state.get().selection;
      const found = find(id);
      if (!sel || !found || refuseReadOnly()) return;
      const { page: _old, ...rest } = found.highlight;
      doc.getSelection()?.removeAllRanges();
      state.set({ selection: null });
      if (sel.end - sel.start > MAX_QUOTE_LENGTH) return;
      await write({ ...rest, selectors: describeRange(text(), sel.start, sel.end, textHash), updatedAt: now(), ...(page > 1 ? { page } : {}) });
    },

    retry: (id) => retryPending(id),

    discard(id) {
      const found = find(id);
      if (!found || found.save.state === 'saved') return;
      clearTimeout(timers.get(id));
      failures.delete(id);
      const last = stored.get(id);
      if (!last || last.deletedAt) drop(id);
      else upsert(place(last));
      if (!entries().some((p) => p.save.state === 'failed')) state.set((s) => ({ notices: withNotice(s.notices, 'storage', null) }));
    },

    async recreate(id, note) {
      const old = deleted.get(id) ?? find(id)?.highlight;
      if (!old || refuseReadOnly()) return;
      const at = now();
      await write({ ...old, id: randomId(), note, deletedAt: null, createdAt: at, updatedAt: at });
    },

    readSelection() {
      const selection = doc.getSelection();
      if (!selection || selection.isCollapsed || !selection.rangeCount) {
        if (state.get().selection) state.set({ selection: null });
        return;
      }
      const range = selection.getRangeAt(0);
      const article = root();
      // A range in another document, or an article root the page has since replaced, is not ours.
      if (!article.isConnected || range.startContainer.ownerDocument !== doc || !range.intersectsNode(article)) return;
      const offsets = offsetsOfRange(layers.model(), range);
      if (!offsets) return;
      const rect = range.getBoundingClientRect();
      state.set({ selection: { ...offsets, x: Math.max(8, rect.left + rect.width / 2), y: Math.max(8, rect.top - 46) } });
    },

    markAt(target) {
      const mark = (target as Element | null)?.closest?.('[data-rr-kind="highlight"][data-rr-id]');
      if (!mark || !root().contains(mark) || !doc.getSelection()?.isCollapsed) return null;
      return mark.getAttribute('data-rr-id');
    },

    jump(id) {
      scrollToMarks(Array.from(doc.querySelectorAll(`[data-rr-kind="highlight"][data-rr-id="${CSS.escape(id)}"]`)));
    },

    replaceAll() {
      textHash = hashText(text());
      setEntries(entries().map((p) => ({ ...place(p.highlight, p.save, p.deleting) })));
      drawMarks(entries());
    },
  };
  return api;
}
