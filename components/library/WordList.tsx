import type { ComponentChildren } from 'preact';
import type { WordListView } from '../../lib/library/word-view';
import type { SavedWord } from '../../lib/store/types';
import { useT } from '../i18n';
import { SearchBox } from './SearchBox';

type WordListProps = {
  view: WordListView | null;
  query: string;
  onQuery: (query: string) => void;
  onExport: (kind: 'anki' | 'json') => void;
  /** The JSON import (the same as the highlights'; it merges words too). */
  importControl: ComponentChildren;
  renderWord: (word: SavedWord) => ComponentChildren;
};

/** The word list: search, exports (Anki, JSON) and import, and the words newest first. */
export function WordList({ view, query, onQuery, onExport, importControl, renderWord }: WordListProps) {
  const t = useT();
  return (
    <>
      <div class="sticky">
        <div class="toolbar">
          <SearchBox action="search-words" placeholder={t('words.searchPlaceholder')} query={query} onQuery={onQuery} />
          <p class="totals" data-shown={view?.shown ?? 0} data-total={view?.total ?? 0}>
            {view ? (query.trim() ? t('words.showing', { shown: view.shown, total: view.total }) : t.plural('words.count', view.total)) : ''}
          </p>
          <div class="io" role="group" aria-label={t('library.exportGroup')}>
            <span class="io-label" aria-hidden="true">{t('library.export')}</span>
            <button type="button" data-action="export-words-anki" onClick={() => onExport('anki')}>Anki TSV</button>
            <button type="button" data-action="export-words-json" onClick={() => onExport('json')}>JSON</button>
            {importControl}
          </div>
        </div>
      </div>
      <main class="list" aria-busy={view === null}>
        {view === null ? <p class="empty">{t('library.loading')}</p> : null}
        {view && !view.words.length ? <p class="empty" data-empty>{query.trim() ? t('words.noMatch') : t('words.none')}</p> : null}
        {view?.words.length ? <ol class="words">{view.words.map(renderWord)}</ol> : null}
      </main>
    </>
  );
}
