/**
 * The reader's highlight actions on the page: save a selection, edit, delete
 * with undo, re-attach an orphan, retry or discard a change storage refused,
 * save a kept note as a new highlight; read the selection and find our marks.
 * Built on the placed list (lib/ext/page/highlight-list) and the storage side
 * (lib/ext/page/highlight-store); anchoring and the data model are pure code in
 * lib/anchoring and lib/store.
 * @module lib/ext/page/highlighter
 */
import { MAX_QUOTE_LENGTH, describeRange } from '../../anchoring';
import { DEFAULT_COLOR, MAX_NOTE_LENGTH, type ArticleRecord, type Highlight, type HighlightColor } from '../../store';
import { offsetsOfRange } from '../../dom/ranges';
import { pageOf } from '../../detect/url';
import { randomId } from '../../format/random-id';
import type { ArticleMeta } from '../../types';
import type { Observable } from '../observable';
import type { MarkLayers } from './mark-layers';
import { scrollToMarks } from './flash';
import { createHighlightList } from './highlight-list';
import { createHighlightStore } from './highlight-store';
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

const now = () => new Date().toISOString();

/** Wire highlights for one article page. */
export function createHighlighter({ doc, state, layers, root, articleKey, meta, openEditor }: Deps): Highlighter {
  const page = pageOf(doc.location.href);
  const text = () => state.get().extraction.text;
  const list = createHighlightList(state, layers, page);
  const article = (): ArticleRecord => ({
    key: articleKey, url: meta.url ?? doc.location.href, title: meta.title, source: meta.source,
    publishedAt: meta.publishedAt, textHash: list.textHash(), updatedAt: now(),
  });
  const store = createHighlightStore({ state, list, articleKey, article });
  const say = (text: string) => state.set((s) => ({ notices: withNotice(s.notices, 'storage', text) }));

  /** Nothing is written while the stored data belongs to a newer version. */
  const writable = () => {
    if (!state.get().readOnly) return true;
    state.set({ selection: null });
    return false;
  };

  /** The selection's offsets, if it can become a highlight (not too long); else null, with the reason said. */
  const takeSelection = () => {
    const sel = state.get().selection;
    if (!sel || !writable()) return null;
    if (sel.end - sel.start > MAX_QUOTE_LENGTH) {
      say(`选中的文字太长（最多 ${MAX_QUOTE_LENGTH} 字）The selection is too long to highlight (at most ${MAX_QUOTE_LENGTH} characters)`);
      return null;
    }
    doc.getSelection()?.removeAllRanges();
    state.set({ selection: null });
    return sel;
  };

  return {
    load: () => store.load(),

    async saveSelection(color = DEFAULT_COLOR, withNote = false) {
      const sel = takeSelection();
      if (!sel) return;
      const at = now();
      const h: Highlight = {
        id: randomId(), articleKey, selectors: describeRange(text(), sel.start, sel.end, list.textHash()),
        color, note: '', createdAt: at, updatedAt: at, ...(page > 1 ? { page } : {}),
      };
      const saving = store.write(h);
      if (withNote) openEditor(h.id);
      await saving;
    },

    async update(id, patch) {
      const found = list.find(id);
      if (!found || !writable()) return;
      if (patch.note !== undefined && patch.note.length > MAX_NOTE_LENGTH) {
        // The editor stops at the limit; a longer note is refused aloud, never cut silently.
        say(`笔记太长（最多 ${MAX_NOTE_LENGTH} 字），未保存 Note too long (at most ${MAX_NOTE_LENGTH} characters); not saved`);
        return;
      }
      await store.write({ ...found.highlight, ...patch, updatedAt: now() });
    },

    async remove(id) {
      const found = list.find(id);
      if (found && writable()) await store.write({ ...found.highlight, deletedAt: now(), updatedAt: now() });
    },

    async restore(id) {
      const before = list.find(id)?.highlight ?? store.lastKnown(id);
      if (before && writable()) await store.write({ ...before, deletedAt: null, updatedAt: now() });
    },

    async reattach(id) {
      const found = list.find(id);
      if (!found || !state.get().selection) return;
      const sel = takeSelection();
      if (!sel) return;
      const { page: _old, ...rest } = found.highlight;
      await store.write({ ...rest, selectors: describeRange(text(), sel.start, sel.end, list.textHash()), updatedAt: now(), ...(page > 1 ? { page } : {}) });
    },

    retry: (id) => store.retry(id),
    discard: (id) => store.discard(id),

    async recreate(id, note) {
      const old = store.lastKnown(id) ?? list.find(id)?.highlight;
      if (!old || !writable()) return;
      const at = now();
      await store.write({ ...old, id: randomId(), note, deletedAt: null, createdAt: at, updatedAt: at });
    },

    readSelection() {
      const selection = doc.getSelection();
      if (!selection || selection.isCollapsed || !selection.rangeCount) {
        if (state.get().selection) state.set({ selection: null });
        return;
      }
      const range = selection.getRangeAt(0);
      const body = root();
      // A range in another document, or an article root the page has since replaced, is not ours.
      if (!body.isConnected || range.startContainer.ownerDocument !== doc || !range.intersectsNode(body)) return;
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

    replaceAll: () => list.replaceAll(),
  };
}
