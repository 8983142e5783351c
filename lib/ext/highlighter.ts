/**
 * Saved highlights on the page: restore them on load, save a selection, edit,
 * delete with undo, re-attach orphans, and follow changes made in other tabs.
 * Glue between the page, the store and storage; the anchoring and the data
 * model are pure code in lib/anchoring and lib/store.
 * @module lib/ext/highlighter
 */
import { browser } from 'wxt/browser';
import { anchor, describeRange as describe, hashText } from '../anchoring';
import { DEFAULT_COLOR, articleHighlightsPrefix, type Highlight, type HighlightColor } from '../store';
import { flattenSpans } from '../dom/marks';
import { offsetsOfRange } from '../dom/ranges';
import { pageOf } from '../detect/url';
import { scrollToMarks } from './flash';
import { randomId } from '../format/random-id';
import type { ArticleMeta } from '../types';
import type { MarkLayers } from './mark-layers';
import type { Store } from './store';
import type { PlacedHighlight, ReaderState } from './reader-state';
import { readArticleHighlights, writeArticle, writeHighlight } from './storage-items';

export interface Highlighter {
  load(): Promise<void>;
  /** Save the current selection; with `withNote`, open the editor on it. */
  saveSelection(color?: HighlightColor, withNote?: boolean): Promise<void>;
  update(id: string, patch: { note?: string; color?: HighlightColor }): Promise<void>;
  remove(id: string): Promise<void>;
  reattach(id: string): Promise<void>;
  /** Read the page selection into the store (toolbar position included). */
  readSelection(): void;
  /** Open the editor if `target` is one of our highlight marks. */
  clickedMark(target: EventTarget | null): boolean;
  /** Scroll to a highlight and flash it. */
  jump(id: string): void;
}

interface Deps {
  doc: Document;
  store: Store<ReaderState>;
  layers: MarkLayers;
  root: Element;
  articleKey: string;
  meta: ArticleMeta;
}

const errorText = (error: unknown) => `标注未能保存 Highlight not saved: ${String((error as Error)?.message ?? error)}`;

/** Wire highlights for one article page. */
export function createHighlighter({ doc, store, layers, root, articleKey, meta }: Deps): Highlighter {
  const text = store.get().extraction.text;
  const textHash = hashText(text);
  // Pages of one article share its key; each highlight is looked for on its own page only.
  const page = pageOf(doc.location.href);
  const place = (h: Highlight): PlacedHighlight =>
    (h.page ?? 1) === page ? { highlight: h, anchor: anchor(text, h.selectors, { textHash }) } : { highlight: h, anchor: null, otherPage: h.page ?? 1 };

  const current = () => store.get().highlights ?? [];
  const setPlaced = (placed: PlacedHighlight[]) => {
    store.set({ highlights: placed });
    const spans = placed
      .filter((p) => p.anchor && !p.highlight.deletedAt)
      .sort((a, b) => a.highlight.createdAt.localeCompare(b.highlight.createdAt))
      .map((p) => ({
        start: p.anchor!.start,
        end: p.anchor!.end,
        attrs: {
          'data-rr-kind': 'highlight', 'data-rr-id': p.highlight.id, 'data-rr-color': p.highlight.color,
          ...(p.highlight.note ? { title: p.highlight.note } : {}),
        },
      }));
    layers.set('highlights', flattenSpans(spans));
  };
  const placeAll = (highlights: Highlight[]) => setPlaced(highlights.filter((h) => !h.deletedAt).map(place));
  const replace = (h: Highlight) => {
    const others = current().filter((p) => p.highlight.id !== h.id);
    setPlaced(h.deletedAt ? others : [...others, place(h)]);
  };

  /** Write one highlight; on failure keep it on screen and say so (never lose it silently). */
  const persist = async (h: Highlight) => {
    try {
      await writeHighlight(h);
      if (!h.deletedAt) {
        await writeArticle({
          key: articleKey, url: meta.url ?? doc.location.href, title: meta.title, source: meta.source,
          publishedAt: meta.publishedAt, textHash, updatedAt: new Date().toISOString(),
        });
      }
      if (store.get().storageError) store.set({ storageError: null });
    } catch (error) {
      store.set({ storageError: errorText(error) });
    }
  };

  // Another tab saved or deleted a highlight of this article: show it here too.
  const prefix = articleHighlightsPrefix(articleKey).slice('local:'.length);
  // Our own writes come back here too: those are already on screen, so only a change
  // this tab does not hold yet (another tab's) re-reads and re-places.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const mine = Object.entries(changes).filter(([k]) => k.startsWith(prefix));
    const known = new Map(current().map((p) => [p.highlight.id, p.highlight.updatedAt]));
    const news = mine.filter(([, c]) => {
      const h = c.newValue as Highlight | undefined;
      if (!h) return true;
      return h.deletedAt ? known.has(h.id) : known.get(h.id) !== h.updatedAt;
    });
    if (!news.length) return;
    void readArticleHighlights(articleKey).then(({ highlights }) => placeAll(highlights));
  });

  const api: Highlighter = {
    async load() {
      try {
        const { highlights, problems } = await readArticleHighlights(articleKey);
        placeAll(highlights);
        if (problems.length) store.set({ storageError: `${problems.length} 条标注数据无效，已保留未动 invalid stored records kept untouched: ${problems[0]}` });
      } catch (error) {
        store.set({ highlights: [], storageError: `标注读取失败 Highlights could not be read: ${String(error)}` });
      }
    },

    async saveSelection(color = DEFAULT_COLOR, withNote = false) {
      const sel = store.get().selection;
      if (!sel) return;
      const now = new Date().toISOString();
      const h: Highlight = {
        id: randomId(), articleKey, selectors: describe(text, sel.start, sel.end),
        color, note: '', createdAt: now, updatedAt: now, ...(page > 1 ? { page } : {}),
      };
      doc.getSelection()?.removeAllRanges();
      store.set({ selection: null, editing: withNote ? { id: h.id, x: sel.x, y: sel.y + 40 } : null });
      replace(h);
      await persist(h);
    },

    async update(id, patch) {
      const found = current().find((p) => p.highlight.id === id);
      if (!found) return;
      const h = { ...found.highlight, ...patch, updatedAt: new Date().toISOString() };
      replace(h);
      if (patch.note !== undefined) store.set({ editing: null });
      await persist(h);
    },

    async remove(id) {
      const found = current().find((p) => p.highlight.id === id);
      if (!found) return;
      const before = found.highlight;
      const tombstone = { ...before, deletedAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
      replace(tombstone);
      store.set({
        editing: null,
        toast: {
          message: '已删除标注 Highlight deleted',
          undo: () => {
            const back = { ...before, deletedAt: null, updatedAt: new Date().toISOString() };
            replace(back);
            store.set({ toast: null });
            void persist(back);
          },
        },
      });
      await persist(tombstone);
    },

    async reattach(id) {
      const sel = store.get().selection;
      const found = current().find((p) => p.highlight.id === id);
      if (!sel || !found) return;
      const { page: _old, ...rest } = found.highlight;
      const h = { ...rest, selectors: describe(text, sel.start, sel.end), updatedAt: new Date().toISOString(), ...(page > 1 ? { page } : {}) };
      doc.getSelection()?.removeAllRanges();
      store.set({ selection: null });
      replace(h);
      await persist(h);
    },

    readSelection() {
      const selection = doc.getSelection();
      if (!selection || selection.isCollapsed || !selection.rangeCount) {
        if (store.get().selection) store.set({ selection: null });
        return;
      }
      const range = selection.getRangeAt(0);
      if (!range.intersectsNode(root)) return;
      const offsets = offsetsOfRange(layers.model(), range);
      if (!offsets) return;
      const rect = range.getBoundingClientRect();
      store.set({ selection: { ...offsets, x: Math.max(8, rect.left + rect.width / 2), y: Math.max(8, rect.top - 46) }, editing: null });
    },

    clickedMark(target) {
      const mark = (target as Element | null)?.closest?.('rr-mark[data-rr-kind="highlight"]');
      const id = mark?.getAttribute('data-rr-id');
      if (!mark || !id) return false;
      if (!doc.getSelection()?.isCollapsed) return false;
      const rect = mark.getBoundingClientRect();
      store.set({ editing: { id, x: rect.left, y: rect.bottom + 6 }, selection: null });
      return true;
    },

    jump(id) {
      scrollToMarks(Array.from(doc.querySelectorAll(`rr-mark[data-rr-id="${CSS.escape(id)}"]`)));
    },
  };
  return api;
}
