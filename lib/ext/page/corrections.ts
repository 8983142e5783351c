/**
 * The reader's own readings: the readings offered for the popup's word (from
 * the background), and choosing one, or going back to the words layer's,
 * kept in storage (one key per word) and shown at once in the popup and ruby.
 * @module lib/ext/page/corrections
 */
import type { Observable } from '../observable';
import { withNotice, type PageState } from './page-state';
import { ask } from '../ask';
import { writeCorrection } from '../storage-items';
import { popupWord } from '../../words/word-info';

export interface Corrections {
  /** Ask for the readings to offer for the popup's word (shown in the popup). */
  askAlternatives(): Promise<void>;
  /** Keep `pinyin` as the reading of the popup's word; null goes back to the words layer's. */
  correct(pinyin: string | null): Promise<void>;
}

/** Corrections over `store`; `redraw` draws ruby again with the new reading. */
export function createCorrections(store: Observable<PageState>, redraw: () => void): Corrections {
  const wordOfPopup = () => popupWord(store.get());
  return {
    async askAlternatives() {
      const open = store.get().popup;
      const w = wordOfPopup();
      if (!open || !w) return;
      const alternatives = await ask({ type: 'alternatives', word: w.simplified ?? w.text }).catch(() => [w.pinyin]);
      const current = store.get().popup;
      if (current?.index === open.index && current.outside === open.outside) store.set({ popup: { ...current, alternatives } });
    },
    async correct(pinyin) {
      const { popup: open, corrections } = store.get();
      const w = wordOfPopup();
      if (!w) return;
      const next = { ...corrections };
      if (pinyin) next[w.text] = pinyin;
      else delete next[w.text];
      store.set({ corrections: next, popup: open ? { ...open, alternatives: null } : null });
      redraw();
      try {
        await writeCorrection(w.text, pinyin);
      } catch (error) {
        store.set((s) => ({ notices: withNotice(s.notices, 'storage', { key: 'notice.readingNotSaved', params: { error: String(error) } }) }));
      }
    },
  };
}
