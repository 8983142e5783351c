/**
 * The library's word list tab: maps the library's data and the tab's state to
 * the WordList and WordCard components, and exports the list for Anki.
 * @module entrypoints/library/words-tab
 */
import { useMemo } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { exportWordsAnkiTsv } from '../../lib/store';
import { readStore } from '../../lib/ext/storage-items';
import { download } from '../../lib/ext/downloads';
import { exportFileName, searchTerms, splitMatches } from '../../lib/library/view';
import { wordListView } from '../../lib/library/word-view';
import { peopleUrl } from '../../lib/store/safe-url';
import { WordList } from '../../components/library/WordList';
import { WordCard } from '../../components/library/WordCard';
import { ImportButton } from '../../components/library/ImportButton';
import { Toast } from '../../components/Toast';
import { useT } from '../../components/i18n';
import type { LibraryState } from './state';
import type { WordsActions, WordsState } from './words-state';

type WordsTabProps = {
  library: LibraryState;
  tab: WordsState;
  actions: WordsActions;
  prefs: Settings;
  onImport: (file: File) => void;
  onExportJson: () => void;
  onFail: (error: unknown) => void;
};

/** The words as Anki notes, from a fresh read (another tab may have saved one since the page loaded). */
async function exportAnki(): Promise<void> {
  const { data } = await readStore();
  download(exportFileName('tsv', new Date(), 'words-anki'), exportWordsAnkiTsv(data.words), 'text/tab-separated-values');
}

/** The tab: search, exports, import, the words, and the undo toast of a deletion. */
export function WordsTab({ library, tab, actions, prefs, onImport, onExportJson, onFail }: WordsTabProps) {
  const t = useT();
  const view = useMemo(() => (library.data ? wordListView(library.data.words, tab.query) : null), [library.data, tab.query]);
  const terms = useMemo(() => searchTerms(tab.query), [tab.query]);
  return (
    <div class={`words-tab tones-${prefs.toneScheme}`}>
      <WordList
        view={view}
        query={tab.query}
        onQuery={actions.setQuery}
        onExport={(kind) => (kind === 'anki' ? exportAnki().catch(onFail) : onExportJson())}
        importControl={<ImportButton busy={library.busy} onImport={onImport} />}
        renderWord={(w) => (
          <WordCard
            key={w.id}
            word={w}
            link={peopleUrl(w.url)}
            pinyinStyle={prefs.pinyinStyle}
            toneColors={prefs.toneColors}
            busy={library.busy}
            mark={(text) => splitMatches(text, terms)}
            onDelete={() => void actions.remove(w.id)}
          />
        )}
      />
      {tab.undo ? <Toast message={t('words.deleted', { word: tab.undo.word })} actionLabel={t('action.undo')} action="undo-word" onAction={() => void actions.undo()} /> : null}
    </div>
  );
}
