/**
 * The article's words layer, loaded once from the background when pinyin or
 * ruby is first turned on (segmentation, readings in context, definitions,
 * names) with the reader's reading corrections, and loaded again after the page
 * rewrote the article's text.
 * @module lib/ext/page/words-loader
 */
import type { Observable } from '../observable';
import type { PageState } from './page-state';
import { ask } from '../ask';
import { readCorrections } from '../storage-items';

export interface WordsLoader {
  /** Load the words (once; later calls share the first); `onReady` runs when they are in the state. */
  ensure(): Promise<void>;
  /** The article text changed: drop the words read from the old one (they load again when needed). */
  invalidate(): void;
}

/** The loader over `store`; `onReady` follows every successful load (the ruby layer, a resting pointer). */
export function createWordsLoader(store: Observable<PageState>, onReady: () => void): WordsLoader {
  let loading: Promise<void> | null = null;
  return {
    ensure() {
      if (loading) return loading;
      const text = store.get().extraction.text;
      loading = (async () => {
        try {
          const [reply, corrections] = await Promise.all([ask({ type: 'words', text }), readCorrections()]);
          if (store.get().extraction.text !== text) return; // the page re-rendered: invalidate() started anew
          store.set({ words: { items: reply.words, definitions: reply.definitions, names: reply.names ?? [] }, corrections, wordsStatus: 'ready' });
          onReady();
        } catch (error) {
          loading = null;
          store.set({ wordsStatus: { error: String(error) } });
        }
      })();
      // Only now that `loading` is set: this change reaches listeners that call ensure again.
      store.set({ wordsStatus: 'loading' });
      return loading;
    },
    invalidate() {
      loading = null;
      store.set({ words: null, popup: null, wordsStatus: 'idle' });
    },
  };
}
