/**
 * The library's word list tab: which list shows, the search, and deleting a
 * word with undo (a tombstone, written through the library's own update, so a
 * fresh read is changed and another tab's saves are kept).
 * @module entrypoints/library/words-state
 */
import { createObservable, type Observable } from '../../lib/ext/observable';
import type { LibraryTab } from '../../components/library/LibraryTabs';
import { deleteSavedWord, restoreSavedWord } from '../../lib/words/saved-word';
import { isDeleted } from '../../lib/store';
import type { LibraryState, LibraryUpdate } from './state';

export interface WordsState {
  tab: LibraryTab;
  query: string;
  /** The last deletion, until undone or replaced. */
  undo: { id: string; word: string } | null;
}

export interface WordsActions {
  setTab(tab: LibraryTab): void;
  setQuery(query: string): void;
  remove(id: string): Promise<void>;
  undo(): Promise<void>;
}

/** The tab's state and actions over the library's store and update. */
export function createWordsTab(library: Observable<LibraryState>, update: LibraryUpdate): { store: Observable<WordsState>; actions: WordsActions } {
  // A link to the library's word list (#words) opens that tab.
  const store = createObservable<WordsState>({ tab: location.hash === '#words' ? 'words' : 'highlights', query: '', undo: null });
  const actions: WordsActions = {
    setTab(tab) {
      store.set({ tab });
      history.replaceState(null, '', tab === 'words' ? '#words' : location.pathname);
    },
    setQuery: (query) => store.set({ query }),
    async remove(id) {
      const word = library.get().data?.words.find((w) => w.id === id)?.word ?? '';
      const now = new Date();
      await update((data) => ({ ...data, words: data.words.map((w) => (w.id === id && !isDeleted(w) ? deleteSavedWord(w, now) : w)) }));
      if (!library.get().error) store.set({ undo: { id, word } });
    },
    async undo() {
      const pending = store.get().undo;
      if (!pending) return;
      const now = new Date();
      await update((data) => ({ ...data, words: data.words.map((w) => (w.id === pending.id && isDeleted(w) ? restoreSavedWord(w, now) : w)) }));
      if (!library.get().error) store.set({ undo: null });
    },
  };
  return { store, actions };
}
