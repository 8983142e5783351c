/**
 * The reader's word list on the page side: saving the popup's word or a
 * glossary term (with its reading in context, the definition shown, its
 * sentence and this article's link), deleting it again, and marking saved
 * words wherever they appear in the article (the `saved` mark layer,
 * `data-rr-kind="saved-word"`). Follows the list live: a word saved in
 * another tab is marked here too.
 * @module lib/ext/page/word-list
 */
import { randomId } from '../../format/random-id';
import { articleKey } from '../../store/article-key';
import { isDeleted, type SavedWord } from '../../store/types';
import { deleteSavedWord, makeSavedWord } from '../../words/saved-word';
import { definitionText } from '../../words/definition-text';
import { savedWordSpans } from '../../words/occurrences';
import type { Observable } from '../observable';
import { readSavedWords, watchStoredData, writeSavedWord } from '../storage-items';
import type { MarkLayers } from './mark-layers';
import { withNotice, type OutsideText, type PageState } from './page-state';
import { describeWord, numeralMark, readingOf, wordsFor } from '../../words/word-info';

export interface WordList {
  /** Read the list, mark its words, and follow it. */
  load(): Promise<void>;
  /** The live saved word of this text, if any. */
  find(word: string): SavedWord | undefined;
  /** Save word `index` of the words layer (the popup's word; of `outside`'s words when given, with its
   * paragraph as the sentence); nothing when it is saved already. */
  saveWord(index: number, outside?: OutsideText): Promise<void>;
  /** Save it, or delete it when it is saved (the popup's button). */
  toggleWord(index: number, outside?: OutsideText): Promise<void>;
  /** Save a glossary term at its first occurrence, with the glossary's reading and gloss. */
  saveTerm(term: string, start: number, pinyin: string, gloss: string | null): Promise<void>;
}

interface Deps {
  store: Observable<PageState>;
  layers: MarkLayers;
  /** The page's address (the article's link in the list). */
  url: () => string;
}

/** The word list glue for one article. */
export function createWordList({ store, layers, url }: Deps): WordList {
  /** What the marks were last made from, and where they went (they are made again only on a change). */
  let marked: { saved: SavedWord[]; words: unknown; on: boolean; at: string } = { saved: [], words: null, on: false, at: '' };

  const mark = () => {
    const { savedWords, words, settings, extraction } = store.get();
    const on = settings.marks;
    if (marked.saved === savedWords && marked.words === words && marked.on === on) return;
    const spans = on ? savedWordSpans(extraction.text, savedWords.map((w) => w.word), words?.items) : [];
    const at = spans.map((o) => `${o.start}-${o.end}`).join(',');
    const same = at === marked.at;
    marked = { saved: savedWords, words, on, at };
    // Putting a layer in again rewraps every layer inside it (highlights, ruby): only when the marks moved.
    if (!same) void layers.set('saved', spans.map((o) => ({ start: o.start, end: o.end, attrs: { 'data-rr-kind': 'saved-word' } })));
  };

  const setList = (all: SavedWord[]) => store.set({ savedWords: all.filter((w) => !isDeleted(w)) });

  /** Store one record and show it at once; a failed write is said, and the list read again. */
  const write = async (w: SavedWord) => {
    const others = store.get().savedWords.filter((x) => x.id !== w.id);
    setList(isDeleted(w) ? others : [...others, w]);
    try {
      await writeSavedWord(w);
    } catch (error) {
      store.set((s) => ({ notices: withNotice(s.notices, 'storage', { key: 'notice.wordNotSaved', params: { error: String(error) } }) }));
      await api.load();
    }
  };

  /** Where a word was read: the article's text (or the outside paragraph's), link, title and key. */
  const sighting = (outside?: OutsideText) => {
    const { extraction } = store.get();
    return { text: outside ? outside.model.text : extraction.text, url: url(), title: extraction.meta.title, articleKey: articleKey(url(), extraction.meta.articleId) };
  };

  const api: WordList = {
    async load() {
      try {
        const { words, newerVersion } = await readSavedWords();
        if (!newerVersion) setList(words);
      } catch (error) {
        console.warn('[Renmin Reader] word list', error);
      }
    },
    find: (word) => store.get().savedWords.find((w) => w.word === word),
    async saveWord(index, outside) {
      const state = store.get();
      const w = wordsFor(state, outside)?.items[index];
      const description = describeWord(state, index, outside);
      if (!w || !description || numeralMark(description, w.text) || api.find(w.text) || store.get().readOnly) return;
      await write(makeSavedWord({ ...sighting(outside), start: w.start, end: w.end, pinyin: readingOf(state, w), definition: definitionText(description, readingOf(state, w)) }, randomId(), new Date()));
    },
    async toggleWord(index, outside) {
      const w = wordsFor(store.get(), outside)?.items[index];
      const saved = w && api.find(w.text);
      if (saved) await write(deleteSavedWord(saved, new Date()));
      else await api.saveWord(index, outside);
    },
    async saveTerm(term, first, pinyin, gloss) {
      const { text } = store.get().extraction;
      // The glossary's offset, else the term's first place in the text (an offset from an older text).
      const start = text.startsWith(term, first) ? first : text.indexOf(term);
      if (!term || start < 0 || api.find(term) || store.get().readOnly) return;
      await write(makeSavedWord({ ...sighting(), start, end: start + term.length, pinyin, definition: gloss ?? '' }, randomId(), new Date()));
    },
  };

  store.subscribe(mark);
  watchStoredData((changes) => {
    if (Object.keys(changes).some((k) => k.startsWith('word:'))) void api.load();
  });
  return api;
}
