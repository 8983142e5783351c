/**
 * The word popup's place and life: opened on a word (by the pointer or the
 * keyboard), kept beside it as the page scrolls or the panel opens, moved to
 * the next or previous word and to the other side of its word from the
 * keyboard, closed with the focus and the caret given back.
 * @module lib/ext/page/popup-control
 */
import { rangeOf } from '../../dom/ranges';
import { placePopup, type PopupPlace } from '../../format/popup-place';
import { stepWord } from '../../text/word-steps';
import type { Observable } from '../observable';
import type { MarkLayers } from './mark-layers';
import type { OutsideText, PageState, PopupState } from './page-state';
import { panelSpace } from './page-room';
import { showsWord, wordsFor } from '../../words/word-info';

/** The popup's width (page-ui.css .popup): room for a definition line of about 45 characters. */
export const POPUP_WIDTH = 340;

export interface PopupControl {
  /** Open the popup on word `index` (of `outside`'s words when given: a paragraph outside the article);
   * `pinned` for the keyboard (it takes the focus, stays until closed). */
  show(index: number, pinned?: boolean, outside?: OutsideText): boolean;
  /** Close it; a pinned popup gives the focus back and puts the caret at the word it was on. */
  close(): void;
  /** Close a popup the pointer opened (a pinned one stays). */
  hide(): void;
  /** Place it again beside its word (the page scrolled, the panel opened or changed width). */
  follow(): void;
  /** Move it to the next (1) or previous (−1) word with something to show; false at the text's end. */
  step(dir: 1 | -1): boolean;
  /** Put it on the other side of its word (the A key). */
  alternate(): void;
}

interface Deps { doc: Document; store: Observable<PageState>; layers: MarkLayers }

/** The popup control over the page's state. */
export function createPopupControl({ doc, store, layers }: Deps): PopupControl {
  /** Where the focus and the selection were before a keyboard lookup moved the focus into the popup. */
  let returnTo: { element: Element | null; range: Range | null; index: number } | null = null;

  /** The text model a popup's word offsets index. */
  const modelFor = (outside?: OutsideText) => (outside ? outside.model : layers.model());

  const placeFor = (index: number, prefer?: PopupState['prefer'], outside?: OutsideText): PopupPlace | null => {
    const w = wordsFor(store.get(), outside)?.items[index];
    const rect = w && rangeOf(modelFor(outside), w.start, w.end)?.getBoundingClientRect();
    if (!rect) return null;
    const win = doc.defaultView!;
    const { settings, autoCollapsed } = store.get();
    const band = panelSpace(settings, settings.panelCollapsed || autoCollapsed);
    return placePopup({ word: rect, view: { width: win.innerWidth, height: win.innerHeight }, band, width: POPUP_WIDTH, prefer });
  };

  /** Give the focus back where it was; the caret goes to the word the popup was left on. */
  const giveBack = (index: number, outside?: OutsideText) => {
    const saved = returnTo!;
    returnTo = null;
    const { element } = saved;
    if (element instanceof HTMLElement && element.isConnected && element !== doc.body) element.focus();
    else (doc.activeElement as HTMLElement | null)?.blur();
    const w = wordsFor(store.get(), outside)?.items[index];
    const range = index !== saved.index && w ? rangeOf(modelFor(outside), w.start, w.start) : saved.range;
    if (range) {
      const sel = doc.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }
  };

  const api: PopupControl = {
    show(index, pinned = false, outside) {
      const current = store.get().popup;
      const place = placeFor(index, current?.prefer, outside);
      if (!place) return false;
      if (pinned && !current?.pinned) {
        const sel = doc.getSelection();
        returnTo = { element: doc.activeElement, range: sel?.rangeCount ? sel.getRangeAt(0).cloneRange() : null, index };
      }
      const keepPinned = pinned || !!current?.pinned;
      store.set({ popup: { index, place, alternatives: null, prefer: current?.prefer, ...(outside ? { outside } : {}), ...(keepPinned ? { pinned: true } : {}) } });
      return true;
    },
    close() {
      const popup = store.get().popup;
      if (popup) store.set({ popup: null });
      if (popup?.pinned && returnTo) giveBack(popup.index, popup.outside);
    },
    hide() {
      const popup = store.get().popup;
      if (popup?.pinned) return api.close();
      if (popup) store.set({ popup: null });
    },
    follow() {
      const popup = store.get().popup;
      if (!popup) return;
      const place = placeFor(popup.index, popup.prefer, popup.outside);
      const was = popup.place;
      if (place && (place.left !== was.left || place.top !== was.top || place.bottom !== was.bottom || place.maxHeight !== was.maxHeight)) {
        store.set({ popup: { ...popup, place } });
      }
    },
    step(dir) {
      const popup = store.get().popup;
      if (!popup) return false;
      const { outside } = popup;
      const words = wordsFor(store.get(), outside);
      const next = stepWord(words?.items.length ?? 0, popup.index, dir, (i) => showsWord(store.get(), i, outside));
      if (next < 0 || !words) return false;
      const w = words.items[next];
      rangeOf(modelFor(outside), w.start, w.end)?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
      return api.show(next, !!popup.pinned, outside);
    },
    alternate() {
      const popup = store.get().popup;
      if (!popup) return;
      const prefer = popup.place.above ? 'below' : 'above';
      const place = placeFor(popup.index, prefer, popup.outside);
      if (place) store.set({ popup: { ...popup, prefer, place } });
    },
  };
  return api;
}
