/**
 * The reading aids of one article, wired together: the words layer (loaded
 * from the background once, lib/ext/page/words-loader), pinyin on hover
 * (hover), the word popup (popup-control) and its keys, reading corrections
 * (corrections),
 * ruby (ruby), the word list (word-list) and reading aloud (speech). Hovering
 * only looks up local data, so the popup shows at once.
 * @module lib/ext/page/pinyin
 */
import { offsetAt, offsetsOfRange } from '../../dom/ranges';
import { wordAt } from '../../text/word-steps';
import type { MarkLayers } from './mark-layers';
import type { Observable } from '../observable';
import type { PageState } from './page-state';
import { createCorrections } from './corrections';
import { createRuby } from './ruby';
import { createWordsLoader } from './words-loader';
import { createPopupControl } from './popup-control';
import { createHover, type HeldKeys } from './hover';
import { createWordList } from './word-list';
import { createSpeech, type Speech } from './speech';
import { popupWord, showsWord } from '../../words/word-info';
import { createOutsideReader } from './outside-text';
import { ask } from '../ask';

export type { HeldKeys } from './hover';

export interface Pinyin {
  /** Load words (once) and corrections; called when pinyin or ruby is turned on. */
  ensureWords(): Promise<void>;
  onPointer(x: number, y: number, overOurUi: boolean, keys?: HeldKeys): void;
  /** The pointer left the page. */
  leave(): void;
  /** Open the popup on the word at the caret or the start of the selection (the keyboard's way);
   * the popup takes the focus and gives it back on close. False when there is no article word there. */
  lookupAtSelection(): Promise<boolean>;
  /** A key pressed while the popup is open (N next word, B back, R save, P read aloud, A other side);
   * true when it was the popup's. */
  onKey(key: string): boolean;
  /** Close the popup; a popup opened from the keyboard gives the focus and the caret back. */
  close(): void;
  /** Keep the popup beside its word when the page scrolls or the panel moves. */
  follow(): void;
  hide(): void;
  askAlternatives(): Promise<void>;
  correct(pinyin: string | null): Promise<void>;
  /** Save the popup's word to the word list, or delete it when it is saved. */
  toggleSaved(): Promise<void>;
  /** Save a glossary term (from the panel). */
  saveTerm(term: string, start: number, pinyin: string, gloss: string | null): Promise<void>;
  /** Read the popup's word, or `text`, aloud; false when the browser has no Chinese voice. */
  speak(text?: string): boolean;
  /** Show or remove ruby over the article, per settings. */
  syncRuby(): void;
  /** Copy handler: the selected article text without pinyin. */
  copyText(range: Range): string | null;
  /** The article text changed: drop the words read from the old one (they load again when needed). */
  invalidate(): void;
}

interface Deps {
  doc: Document;
  store: Observable<PageState>;
  layers: MarkLayers;
  root: () => Element;
  /** Where the page-side UI is drawn (the popup's box is read there). */
  ui?: ParentNode;
}

/** Wire the reading aids for one article. */
export function createPinyin({ doc, store, layers, root, ui }: Deps): Pinyin {
  const ruby = createRuby(doc, layers);
  const popup = createPopupControl({ doc, store, layers });
  const popupBox = () => ui?.querySelector('[data-rr-popup]')?.getBoundingClientRect() ?? null;
  // Chinese outside the article body is read only once the dictionary is in (pinyin was turned on).
  const outside = createOutsideReader((text) => ask({ type: 'words', text, marks: { referenceDate: store.get().extraction.referenceDate } }));
  const hover = createHover({ doc, store, layers, root, popup, popupBox, outside });
  const words = () => store.get().words?.items ?? null;
  const list = createWordList({ store, layers, url: () => doc.location.href });
  const loader = createWordsLoader(store, () => {
    api.syncRuby();
    hover.retry();
  });
  const corrections = createCorrections(store, () => api.syncRuby());
  let speech: Speech | null = null;
  /** The voices are asked for only once a control that reads aloud is about to show. */
  const startSpeech = () => (speech ??= createSpeech(doc.defaultView as Window & typeof globalThis, (availability) => {
    if (store.get().speech !== availability) store.set({ speech: availability });
  }));
  /** The saved words ruby was last drawn without (the known words), to draw it again when they change. */
  let knownFrom: unknown = null;
  let pinyinOn = store.get().settings.pinyin;
  store.subscribe(({ popup: open, selection, settings, savedWords }, changed) => {
    if (settings.pinyin !== pinyinOn) {
      pinyinOn = settings.pinyin;
      if (pinyinOn && store.get().words) hover.retry();
    }
    if (!speech && (open || selection)) startSpeech();
    // The selection toolbar came up: a hover popup must not cover it.
    if (selection && changed.includes('selection') && open && !open.pinned) api.hide();
    if (settings.ruby && settings.knownWords && savedWords !== knownFrom) {
      knownFrom = savedWords;
      api.syncRuby();
    }
  });
  void list.load();


  /** The popup's keys, after Zhongwen's (N, B, R, A) and P for "pronounce". */
  const KEYS: Record<string, () => void> = {
    n: () => (popup.step(1), hover.stay()),
    b: () => (popup.step(-1), hover.stay()),
    r: () => void (store.get().popup && list.saveWord(store.get().popup!.index, store.get().popup!.outside)),
    a: () => popup.alternate(),
    p: () => void api.speak(),
  };

  const api: Pinyin = {
    ensureWords: () => loader.ensure(),
    onPointer: (x, y, overOurUi, keys) => hover.onPointer(x, y, overOurUi, keys),
    leave: () => hover.leave(),

    async lookupAtSelection() {
      const sel = doc.getSelection();
      if (!sel?.rangeCount) return false;
      const range = sel.getRangeAt(0);
      if (!root().contains(range.startContainer)) return false;
      const offsets = offsetsOfRange(layers.model(), range);
      const at = offsets ? offsets.start : offsetAt(layers.model(), range.startContainer, range.startOffset);
      if (at < 0) return false;
      await api.ensureWords();
      const items = words();
      if (!items) return false;
      // At the end of a word the caret sits after its last character: look one back too.
      let index = wordAt(items, at);
      if ((index < 0 || !showsWord(store.get(), index)) && at > 0) index = wordAt(items, at - 1);
      if (index < 0 || !showsWord(store.get(), index)) return false;
      hover.cancel();
      return popup.show(index, true);
    },

    onKey(key) {
      const action = store.get().popup && KEYS[key.toLowerCase()];
      if (!action) return false;
      action();
      return true;
    },

    close() {
      hover.cancel();
      popup.close();
    },
    follow: () => popup.follow(),
    hide() {
      hover.cancel();
      popup.hide();
    },

    askAlternatives: () => corrections.askAlternatives(),
    correct: (pinyin) => corrections.correct(pinyin),

    async toggleSaved() {
      const open = store.get().popup;
      if (open) await list.toggleWord(open.index, open.outside);
    },
    saveTerm: (term, start, pinyin, gloss) => list.saveTerm(term, start, pinyin, gloss),

    speak(text) {
      const said = text ?? popupWord(store.get())?.text;
      return !!said && startSpeech().speak(said);
    },

    syncRuby() {
      const { settings, corrections, extraction, savedWords } = store.get();
      const items = words();
      const known = settings.knownWords && savedWords.length ? new Set(savedWords.map((w) => w.word)) : null;
      void ruby.sync({
        text: extraction.text,
        settings,
        words: items && items.map((w) => (corrections[w.text] ? { ...w, pinyin: corrections[w.text] } : w)),
        known: known ? (word) => known.has(word) : undefined,
      });
    },

    invalidate: () => loader.invalidate(),

    copyText(range) {
      if (!root().contains(range.commonAncestorContainer)) return null;
      const offsets = offsetsOfRange(layers.model(), range);
      return offsets ? store.get().extraction.text.slice(offsets.start, offsets.end) : null;
    },
  };
  return api;
}
