/**
 * Pinyin on hover: the word under the pointer gets the popup (after the
 * reader's hover delay, with the modifier key they chose). A pointer resting
 * on a word while the words are still loading gets its popup once they are
 * in; a pointer on its way from the word to the popup (to press its buttons)
 * does not close it. Chinese outside the article body (the headline, a header
 * line, links) gets the popup too, from its paragraph's own words
 * (lib/ext/page/outside-text), read on its first hover.
 * @module lib/ext/page/hover
 */
import { charAt, rangeOf } from '../../dom/ranges';
import type { Observable } from '../observable';
import type { MarkLayers } from './mark-layers';
import type { PageState } from './page-state';
import type { PopupControl } from './popup-control';
import { wordAt } from '../../text/word-steps';
import { showsWord, wordsFor } from '../../words/word-info';
import type { OutsideReader } from './outside-text';
import type { OutsideText } from './page-state';
import type { TextModel } from '../../dom/text-model';

/** Which modifier keys are held with a pointer move (from the mouse event). */
export interface HeldKeys { alt: boolean; ctrl: boolean; shift: boolean }

export interface Hover {
  /** A pointer move to (x, y) in the viewport; `overOurUi` when it is over our own host (panel, popup). */
  onPointer(x: number, y: number, overOurUi: boolean, keys?: HeldKeys): void;
  /** The words just came in, or pinyin was turned on: a pointer resting on a word since before gets its popup now. */
  retry(): void;
  /** The pointer left the page: forget it and its pending popup. */
  leave(): void;
  /** Forget a pending popup (another popup opened, or the popup closed). */
  cancel(): void;
  /** Keep the popup on the word a key moved it to, until the pointer goes to another word. */
  stay(): void;
}

interface Deps {
  doc: Document;
  store: Observable<PageState>;
  layers: MarkLayers;
  root: () => Element;
  popup: PopupControl;
  /** The popup's box on screen, when it is drawn. */
  popupBox: () => DOMRect | null;
  /** Chinese outside the article body; without it the popup reads the article only. */
  outside?: OutsideReader;
}

/** A word under the pointer: its index in the article's words, or in `outside`'s. */
interface Target { index: number; outside?: OutsideText }

/** True for the same word of the same text. */
const same = (a: Target | null, b: Target | null) => !!a && !!b && a.index === b.index && a.outside === b.outside;

const NO_KEYS: HeldKeys = { alt: false, ctrl: false, shift: false };

/** The caret position under (x, y): Chromium's caretRangeFromPoint or the standard caretPositionFromPoint (Firefox). */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const range = doc.caretRangeFromPoint?.(x, y);
  if (range) return { node: range.startContainer, offset: range.startOffset };
  const pos = (doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null }).caretPositionFromPoint?.(x, y);
  return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
}

/** The hover logic for one article. */
export function createHover({ doc, store, layers, root, popup, popupBox, outside }: Deps): Hover {
  /** The word the pointer rests on, waiting for its popup (hover delay). */
  let pending: (Target & { timer: ReturnType<typeof setTimeout> }) | null = null;
  /** The last pointer move over the page, kept while the words load. */
  let last: { x: number; y: number; overOurUi: boolean; keys: HeldKeys } | null = null;
  /** The word the pointer was on when a key moved the popup away from it. */
  let steppedFrom: Target | null = null;

  const cancel = () => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
  };

  /** True when (x, y) is over the character at offset i of `model`. */
  const isOver = (model: TextModel, i: number, x: number, y: number) => {
    const r = rangeOf(model, i, i + 1)?.getBoundingClientRect();
    return !!r && x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;
  };

  /** The word of `list` over (x, y) at the caret, in `model`, or −1. */
  const wordIn = (model: TextModel, list: { start: number; end: number }[], caret: { node: Node; offset: number }, x: number, y: number): number => {
    for (const off of [caret.offset, caret.offset - 1]) {
      const i = charAt(model, caret.node, off);
      if (i >= 0 && isOver(model, i, x, y)) return wordAt(list, i);
    }
    return -1;
  };

  /** The word under (x, y) with something to show, or null (also while an outside paragraph's words load: retry() follows). */
  const wordUnder = (x: number, y: number): Target | null => {
    const list = store.get().words?.items;
    const caret = list && caretAt(doc, x, y);
    if (!list || !caret) return null;
    if (root().contains(caret.node)) {
      const index = wordIn(layers.model(), list, caret, x, y);
      if (index >= 0) return showsWord(store.get(), index) ? { index } : null;
      // Text of the body that is not article text (a header line the extraction took out) reads as outside.
      if (charAt(layers.model(), caret.node, caret.offset) >= 0 || charAt(layers.model(), caret.node, caret.offset - 1) >= 0) return null;
    }
    const read = outside?.at(caret.node, caret.offset);
    if (!read) return null;
    if (read instanceof Promise) {
      void read.then(() => api.retry());
      return null;
    }
    const index = wordIn(read.model, read.words.items, caret, x, y);
    return index >= 0 && showsWord(store.get(), index, read) ? { index, outside: read } : null;
  };

  /** True when (x, y) lies between the popup's word and the popup: the pointer is on its way to the popup. */
  const towardPopup = (x: number, y: number): boolean => {
    const box = popupBox();
    const open = store.get().popup;
    const w = open && wordsFor(store.get(), open.outside)?.items[open.index];
    const word = w && rangeOf(open.outside ? open.outside.model : layers.model(), w.start, w.end)?.getBoundingClientRect();
    if (!box || !word) return false;
    const left = Math.min(box.left, word.left);
    const right = Math.max(box.right, word.right);
    const top = Math.min(box.top, word.top);
    const bottom = Math.max(box.bottom, word.bottom);
    return x >= left && x <= right && y >= top && y <= bottom;
  };

  const closeHover = () => {
    cancel();
    steppedFrom = null;
    if (store.get().popup) popup.hide();
  };

  const api: Hover = {
    onPointer(x, y, overOurUi, keys = NO_KEYS) {
      const { settings, popup: open } = store.get();
      // Kept even while pinyin is off or loading: a pointer at rest gets its popup once both are on.
      last = { x, y, overOurUi, keys };
      if (!settings.pinyin || open?.pinned) return;
      if (overOurUi) {
        // Over the panel (or the rail): the popup goes; over the popup itself it stays.
        const box = popupBox();
        if (open && !(box && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom)) closeHover();
        return;
      }
      if (!store.get().words) return; // still loading: retry() takes it up from `last`
      // A reader who asked for a modifier key gets popups only while holding it.
      if (settings.hoverModifier !== 'none' && !keys[settings.hoverModifier]) return closeHover();
      const target = wordUnder(x, y);
      if (same(target, steppedFrom)) return;
      if (!target) {
        if (open && towardPopup(x, y)) return;
        return closeHover();
      }
      steppedFrom = null;
      if (same(open, target) || same(pending, target)) return;
      cancel();
      if (settings.hoverDelay <= 0) {
        popup.show(target.index, false, target.outside);
        return;
      }
      if (open) popup.hide();
      pending = { ...target, timer: setTimeout(() => {
        pending = null;
        popup.show(target.index, false, target.outside);
      }, settings.hoverDelay) };
    },
    retry() {
      if (last) api.onPointer(last.x, last.y, last.overOurUi, last.keys);
    },
    leave() {
      last = null;
      closeHover();
    },
    cancel,
    stay() {
      const open = store.get().popup;
      if (!open || !last) return;
      steppedFrom = wordUnder(last.x, last.y);
    },
  };
  return api;
}
