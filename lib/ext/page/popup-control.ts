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
import type { PageState, PopupState } from './page-state';
import { panelSpace } from './page-room';
import { showsWord } from './word-info';

/** The popup's width (page-ui.css .popup): room for a definition line of about 45 characters. */
export const POPUP_WIDTH = 340;

export interface PopupControl {
  /** Open the popup on word `index`; `pinned` for the keyboard (it takes the focus, stays until closed). */
  show(index: number, pinned?: boolean): boolean;
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

  const placeFor = (index: number, prefer?: PopupState['prefer']): PopupPlace | null => {
    const w = store.get().words?.items[index];
    const rect = w && rangeOf(layers.model(), w.start, w.end)?.getBoundingClientRect();
    if (!rect) return null;
    const win = doc.defaultView!;
    const { settings, autoCollapsed } = store.get();
    const band = panelSpace(settings, settings.panelCollapsed || autoCollapsed);
    return placePopup({ word: rect, view: { width: win.innerWidth, height: win.innerHeight }, band, width: POPUP_WIDTH, prefer });
  };

  /** Give the focus back where it was; the caret goes to the word the popup was left on. */
  const giveBack = (index: number) => {
    const saved = returnTo!;
    returnTo = null;
    const { element } = saved;
    if (element instanceof HTMLElement && element.isConnected && element !== doc.body) element.focus();
    else (doc.activeElement as HTMLElement | null)?.blur();
    const w = store.get().words?.items[index];
    const range = index !== saved.index && w ? rangeOf(layers.model(), w.start, w.start) : saved.range;
    if (range) {
      const sel = doc.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }
  };

  const api: PopupControl = {
    show(index, pinned = false) {
      const current = store.get().popup;
      const place = placeFor(index, current?.prefer);
      if (!place) return false;
      if (pinned && !current?.pinned) {
        const sel = doc.getSelection();
        returnTo = { element: doc.activeElement, range: sel?.rangeCount ? sel.getRangeAt(0).cloneRange() : null, index };
      }
      const keepPinned = pinned || !!current?.pinned;
      store.set({ popup: { index, place, alternatives: null, prefer: current?.prefer, ...(keepPinned ? { pinned: true } : {}) } });
      return true;
    },
    close() {
      const popup = store.get().popup;
      if (popup) store.set({ popup: null });
      if (popup?.pinned && returnTo) giveBack(popup.index);
    },
    hide() {
      const popup = store.get().popup;
      if (popup?.pinned) return api.close();
      if (popup) store.set({ popup: null });
    },
    follow() {
      const popup = store.get().popup;
      if (!popup) return;
      const place = placeFor(popup.index, popup.prefer);
      const was = popup.place;
      if (place && (place.left !== was.left || place.top !== was.top || place.bottom !== was.bottom || place.maxHeight !== was.maxHeight)) {
        store.set({ popup: { ...popup, place } });
      }
    },
    step(dir) {
      const popup = store.get().popup;
      const count = store.get().words?.items.length ?? 0;
      if (!popup) return false;
      const next = stepWord(count, popup.index, dir, (i) => showsWord(store.get(), i));
      if (next < 0) return false;
      const w = store.get().words!.items[next];
      rangeOf(layers.model(), w.start, w.end)?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
      return api.show(next, !!popup.pinned);
    },
    alternate() {
      const popup = store.get().popup;
      if (!popup) return;
      const prefer = popup.place.above ? 'below' : 'above';
      const place = placeFor(popup.index, prefer);
      if (place) store.set({ popup: { ...popup, prefer, place } });
    },
  };
  return api;
}
