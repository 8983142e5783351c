/**
 * Pinyin on hover and ruby mode. Words and readings come from the background
 * (lib/ext/dictionary-service) once, when pinyin is first turned on; hovering
 * then only looks up local data, so the popup shows at once.
 * @module lib/ext/page/pinyin
 */
import type { WordItem } from '../../types';
import { charAt, offsetAt, offsetsOfRange, rangeOf } from '../../dom/ranges';
import type { MarkLayers } from './mark-layers';
import type { Observable } from '../observable';
import { withNotice, type PageState } from './page-state';
import { ask } from '../ask';
import { readCorrections, writeCorrection } from '../storage-items';
import { panelSpace } from './page-room';
import { createRuby } from './ruby';

/** Which modifier keys are held with a pointer move (from the mouse event). */
export interface HeldKeys { alt: boolean; ctrl: boolean; shift: boolean }

/** The caret position under (x, y): Chromium's caretRangeFromPoint or the standard caretPositionFromPoint (Firefox). */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const range = doc.caretRangeFromPoint?.(x, y);
  if (range) return { node: range.startContainer, offset: range.startOffset };
  const pos = (doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null }).caretPositionFromPoint?.(x, y);
  return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
}

/** Index of the word containing text offset `i` (words sorted, non-overlapping), or -1. */
export function wordAt(words: WordItem[], i: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= i) lo = mid + 1;
    else if (words[mid].start > i) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export interface Pinyin {
  /** Load words (once) and corrections; called when pinyin or ruby is turned on. */
  ensureWords(): Promise<void>;
  onPointer(x: number, y: number, overOurUi: boolean, keys?: HeldKeys): void;
  /** Open the popup on the word at the caret or the start of the selection (the keyboard's way);
   * the popup takes the focus and gives it back on close. False when there is no article word there. */
  lookupAtSelection(): Promise<boolean>;
  /** Close the popup; a popup opened from the keyboard gives the focus and the caret back. */
  close(): void;
  /** Keep the popup on its word when the page scrolls. */
  follow(): void;
  hide(): void;
  askAlternatives(): Promise<void>;
  correct(pinyin: string | null): Promise<void>;
  /** Show or remove ruby over the article, per settings. */
  syncRuby(): void;
  /** Copy handler: the selected article text without pinyin. */
  copyText(range: Range): string | null;
  /** The article text changed: drop the words read from the old one (they load again when needed). */
  invalidate(): void;
}

interface Deps { doc: Document; store: Observable<PageState>; layers: MarkLayers; root: () => Element }

/** Wire pinyin for one article. */
export function createPinyin({ doc, store, layers, root }: Deps): Pinyin {
  let loading: Promise<void> | null = null;
  const ruby = createRuby(doc, layers);
  const words = () => store.get().words?.items ?? null;

  const placeFor = (index: number) => {
    const w = words()![index];
    const rect = rangeOf(layers.model(), w.start, w.end)?.getBoundingClientRect();
    if (!rect) return null;
    const below = rect.bottom + 8;
    const win = doc.defaultView!;
    // Keep clear of the docked panel: the popup must not hide the panel's own text.
    const { settings, autoCollapsed } = store.get();
    const space = panelSpace(settings, settings.panelCollapsed || autoCollapsed);
    const right = win.innerWidth - space.right - 308;
    return { x: Math.max(space.left + 4, Math.min(rect.left, right)), y: below + 160 > win.innerHeight ? Math.max(4, rect.top - 170) : below };
  };

  /** Hover delay: the word the pointer rests on, waiting for its popup. */
  let pending: { index: number; timer: ReturnType<typeof setTimeout> } | null = null;
  const cancelPending = () => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
  };
  const show = (index: number) => {
    const place = placeFor(index);
    if (place) store.set({ popup: { index, ...place, alternatives: null } });
  };
  /** Where the focus and the selection were before a keyboard lookup moved the focus into the popup. */
  let returnTo: { element: Element | null; range: Range | null } | null = null;

  /** True when (x, y) is over the character at text offset i. */
  const isOver = (i: number, x: number, y: number) => {
    const r = rangeOf(layers.model(), i, i + 1)?.getBoundingClientRect();
    return !!r && x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;
  };

  const api: Pinyin = {
    ensureWords() {
      if (loading) return loading;
      const text = store.get().extraction.text;
      loading = (async () => {
        try {
          const [reply, corrections] = await Promise.all([ask({ type: 'words', text }), readCorrections()]);
          if (store.get().extraction.text !== text) return; // the page re-rendered: invalidate() started anew
          store.set({ words: { items: reply.words, definitions: reply.definitions }, corrections, wordsStatus: 'ready' });
          api.syncRuby();
        } catch (error) {
          loading = null;
          store.set({ wordsStatus: { error: String(error) } });
        }
      })();
      // Only now that `loading` is set: this change reaches listeners that call ensureWords again.
      store.set({ wordsStatus: 'loading' });
      return loading;
    },

    onPointer(x, y, overOurUi, keys = { alt: false, ctrl: false, shift: false }) {
      const { settings, popup } = store.get();
      if (!settings.pinyin || overOurUi || popup?.pinned) return;
      const list = words();
      if (!list) return;
      // A reader who asked for a modifier key gets popups only while holding it.
      if (settings.hoverModifier !== 'none' && !keys[settings.hoverModifier]) {
        cancelPending();
        if (popup) store.set({ popup: null });
        return;
      }
      const caret = caretAt(doc, x, y);
      let index = -1;
      if (caret && root().contains(caret.node)) {
        const model = layers.model();
        for (const off of [caret.offset, caret.offset - 1]) {
          const i = charAt(model, caret.node, off);
          if (i >= 0 && isOver(i, x, y)) {
            index = wordAt(list, i);
            break;
          }
        }
      }
      if (index < 0 || !list[index].pinyin) {
        cancelPending();
        if (popup) store.set({ popup: null });
        return;
      }
      if (popup?.index === index || pending?.index === index) return;
      cancelPending();
      if (settings.hoverDelay <= 0) return show(index);
      if (popup) store.set({ popup: null });
      pending = { index, timer: setTimeout(() => {
        pending = null;
        show(index);
      }, settings.hoverDelay) };
    },

    async lookupAtSelection() {
      const sel = doc.getSelection();
      if (!sel?.rangeCount) return false;
      const range = sel.getRangeAt(0);
      if (!root().contains(range.startContainer)) return false;
      const offsets = offsetsOfRange(layers.model(), range);
      const at = offsets ? offsets.start : offsetAt(layers.model(), range.startContainer, range.startOffset);
      if (at < 0) return false;
      await api.ensureWords();
      const list = words();
      if (!list) return false;
      // At the end of a word the caret sits after its last character: look one back too.
      let index = wordAt(list, at);
      if ((index < 0 || !list[index].pinyin) && at > 0) index = wordAt(list, at - 1);
      if (index < 0 || !list[index].pinyin) return false;
      const place = placeFor(index);
      if (!place) return false;
      cancelPending();
      returnTo = { element: doc.activeElement, range: range.cloneRange() };
      store.set({ popup: { index, ...place, alternatives: null, pinned: true } });
      return true;
    },

    close() {
      cancelPending();
      const wasPinned = store.get().popup?.pinned;
      if (store.get().popup) store.set({ popup: null });
      if (!wasPinned || !returnTo) return;
      const { element, range } = returnTo;
      returnTo = null;
      if (element instanceof HTMLElement && element.isConnected && element !== doc.body) element.focus();
      else (doc.activeElement as HTMLElement | null)?.blur();
      if (range) {
        const sel = doc.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
      }
    },

    follow() {
      const { popup } = store.get();
      if (!popup) return;
      const place = placeFor(popup.index);
      if (place && (place.x !== popup.x || place.y !== popup.y)) store.set({ popup: { ...popup, ...place } });
    },

    hide() {
      cancelPending();
      if (store.get().popup?.pinned) return api.close();
      if (store.get().popup) store.set({ popup: null });
    },

    async askAlternatives() {
      const { popup } = store.get();
      const w = popup && words()?.[popup.index];
      if (!popup || !w) return;
      const alternatives = await ask({ type: 'alternatives', word: w.simplified ?? w.text }).catch(() => [w.pinyin]);
      const current = store.get().popup;
      if (current?.index === popup.index) store.set({ popup: { ...current, alternatives } });
    },

    async correct(pinyin) {
      const { popup, corrections } = store.get();
      const w = popup && words()?.[popup.index];
      if (!w) return;
      const next = { ...corrections };
      if (pinyin) next[w.text] = pinyin;
      else delete next[w.text];
      store.set({ corrections: next, popup: popup ? { ...popup, alternatives: null } : null });
      api.syncRuby();
      try {
        await writeCorrection(w.text, pinyin);
      } catch (error) {
        store.set((s) => ({ notices: withNotice(s.notices, 'storage', { key: 'notice.readingNotSaved', params: { error: String(error) } }) }));
      }
    },

    syncRuby() {
      const { settings, corrections, extraction } = store.get();
      const list = words();
      void ruby.sync({ text: extraction.text, settings, words: list && list.map((w) => (corrections[w.text] ? { ...w, pinyin: corrections[w.text] } : w)) });
    },

    invalidate() {
      loading = null;
      store.set({ words: null, popup: null, wordsStatus: 'idle' });
    },

    copyText(range) {
      if (!root().contains(range.commonAncestorContainer)) return null;
      const offsets = offsetsOfRange(layers.model(), range);
      return offsets ? store.get().extraction.text.slice(offsets.start, offsets.end) : null;
    },
  };
  return api;
}
