/**
 * The library page (/library.html): every saved highlight across articles,
 * with search, colour filter, delete with undo, export and import. State and
 * actions live in ./state; this file maps them to the components' props.
 */
import './style.css';
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { exportAnkiTsv, exportJson, exportMarkdown } from '../../lib/store';
import { loadSettings, readStoreInSlices, watchSettings } from '../../lib/ext/storage-items';
import { createObservable } from '../../lib/ext/observable';
import { applyAppearance, localeFor, translators } from '../../lib/ext/appearance';
import { common, library } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';
import { I18n } from '../../components/i18n';
import { browser } from 'wxt/browser';
import type { Observable } from '../../lib/ext/observable';
import { LibraryPage } from '../../components/library/LibraryPage';
import { LibraryToolbar } from '../../components/library/LibraryToolbar';
import { ArticleCard } from '../../components/library/ArticleCard';
import { ImportOutcomeBox } from '../../components/library/ImportOutcomeBox';
import { StorageProblems } from '../../components/library/StorageProblems';
import { MoreOnScroll } from '../../components/library/MoreOnScroll';
import { ImportProgressBox } from '../../components/library/ImportProgressBox';
import { Toast } from '../../components/Toast';
import { createLibrary, type LibraryActions, type LibraryState } from './state';
import { createWordsTab, type WordsActions, type WordsState } from './words-state';
import { WordsTab } from './words-tab';
import { LibraryTabs } from '../../components/library/LibraryTabs';
import { download } from '../../lib/ext/downloads';
import { exportFileName, highlightLink, libraryView, liveHighlightIds, noColors, searchTerms, splitMatches } from '../../lib/library/view';
import { LIBRARY_PART, firstPart } from '../../lib/library/parts';
import { liveWordCount } from '../../lib/library/word-view';

const MIME = { json: 'application/json', markdown: 'text/markdown', anki: 'text/tab-separated-values' } as const;
const EXT = { json: 'json', markdown: 'md', anki: 'tsv' } as const;

/** Export from a fresh read (another tab may have saved since the page loaded). */
async function exportAll(kind: 'json' | 'markdown' | 'anki', articleKey?: string, label?: string): Promise<void> {
  const { data } = await readStoreInSlices();
  const now = new Date();
  const text = kind === 'json' ? exportJson(data, now) : kind === 'markdown' ? exportMarkdown(data, articleKey) : exportAnkiTsv(data, articleKey);
  download(exportFileName(EXT[kind], now, label ?? (kind === 'anki' ? 'anki' : undefined)), text, MIME[kind]);
}

const translatorFor = translators(common, library);

/** Pause in typing after which the list follows the search box (ms). */
const SEARCH_PAUSE_MS = 150;

/** `value`, once it has stayed the same for `ms` (the first value at once). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (value === settled) return undefined;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}

type AppProps = {
  store: Observable<LibraryState>;
  actions: LibraryActions;
  settings: Observable<{ value: Settings }>;
  words: { store: Observable<WordsState>; actions: WordsActions };
};

/** Subscribe to the store and map state to props. */
function App({ store, actions, settings, words }: AppProps) {
  const [state, setState] = useState(store.get());
  const [tab, setTab] = useState(words.store.get());
  useEffect(() => words.store.subscribe(setTab), [words.store]);
  const [prefs, setPrefs] = useState(settings.get().value);
  useEffect(() => settings.subscribe((s) => setPrefs(s.value)), [settings]);
  const t = translatorFor(localeFor(prefs));
  useEffect(() => {
    const unsubscribe = store.subscribe(setState);
    setState(store.get()); // changes made before this effect ran (the first read can be that fast)
    return unsubscribe;
  }, [store]);
  // The search box shows every keystroke at once; the list follows when typing pauses, so a
  // library of 20,000 highlights is searched once per word, not once per key.
  const query = useSettled(state.query, SEARCH_PAUSE_MS);
  const view = useMemo(
    () => (state.data ? libraryView(state.data, { query, colors: state.colors }) : null),
    [state.data, query, state.colors],
  );
  const terms = useMemo(() => searchTerms(query), [query]);
  const wordCount = useMemo(() => liveWordCount(state.data?.words ?? []), [state.data]);
  // The list is drawn in parts (a few screens first, more as the reader scrolls); a new search
  // or filter starts again from the top.
  // The limit belongs to the search and filter it was raised for: a new one starts from the first
  // part in its first render (a reset in an effect drew the old, long list once more). A change of
  // the stored data keeps it (the reader stays where they scrolled).
  const filter = `${query}\n${state.colors.join()}`;
  const [shown, setShown] = useState({ filter, limit: LIBRARY_PART });
  const limit = shown.filter === filter ? shown.limit : LIBRARY_PART;
  const { parts, remaining } = useMemo(() => firstPart(view?.articles ?? [], limit), [view, limit]);
  const limits = useMemo(() => new Map(parts.map((p) => [p.article.article.key, p.limit])), [parts]);
  const fail = (e: unknown) => alert(t('library.exportFailed', { error: (e as Error).message }));
  return (
    <I18n.Provider value={t}>
    <LibraryPage
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      counts={view ? { shown: view.shown, total: view.total, articles: view.articles.length } : null}
      blocked={state.newerVersion}
      filtered={terms.length > 0 || state.colors.length > 0}
      notices={
        <>
          <StorageProblems problems={state.problems} error={state.error ? t(state.error.what === 'read' ? 'library.readFailed' : 'library.saveFailed', { error: state.error.detail }) : null} />
          {state.importProgress ? <ImportProgressBox progress={state.importProgress} /> : null}
          {state.importOutcome ? <ImportOutcomeBox outcome={state.importOutcome} onClose={actions.closeImport} /> : null}
        </>
      }
      toolbar={
        <LibraryToolbar
          query={state.query}
          colors={state.colors}
          perColor={view?.perColor ?? noColors()}
          busy={state.busy}
          onQuery={actions.setQuery}
          onToggleColor={actions.toggleColor}
          onExport={(kind) => exportAll(kind).catch(fail)}
          onImport={(file) => void actions.importFile(file)}
        />
      }
      articles={parts.map((p) => p.article)}
      more={remaining > 0 ? <MoreOnScroll remaining={remaining} onMore={() => setShown({ filter, limit: limit + LIBRARY_PART })} /> : null}
      renderArticle={(v) => (
        <ArticleCard
          key={v.article.key}
          view={v}
          limit={limits.get(v.article.key)}
          confirming={state.confirmDelete === v.article.key}
          busy={state.busy}
          linkOf={highlightLink}
          mark={(text) => splitMatches(text, terms)}
          onExportMarkdown={() => exportAll('markdown', v.article.key, v.article.title ?? v.article.key).catch(fail)}
          onAskDelete={() => actions.askDelete(v.article.key)}
          onConfirmDelete={() => void actions.deleteArticle(v.article.key, liveHighlightIds(state.data, v.article.key))}
          onCancelDelete={() => actions.askDelete(null)}
        />
      )}
      tabs={<LibraryTabs tab={tab.tab} counts={view && state.data ? { highlights: view.total, words: wordCount } : null} onTab={words.actions.setTab} />}
      alternate={tab.tab === 'words' ? <WordsTab library={state} tab={tab} actions={words.actions} prefs={prefs} onImport={(file) => void actions.importFile(file)} onExportJson={() => exportAll('json').catch(fail)} onFail={fail} /> : undefined}
      toast={
        tab.tab === 'words' ? null : state.undo ? (
          <Toast
            message={t.plural('library.deleted', state.undo.ids.length, { title: state.undo.title })}
            actionLabel={t('action.undo')}
            action="undo"
            onAction={() => void actions.undoDelete()}
          />
        ) : null
      }
    />
    </I18n.Provider>
  );
}

/** Settings first (theme and language of the first paint), then the page; both followed live. */
async function main(): Promise<void> {
  const settings = createObservable({ value: await loadSettings() });
  const appear = () => {
    const locale = localeFor(settings.get().value);
    applyAppearance(document, settings.get().value, locale);
    document.title = `${translatorFor(locale)('library.title')} · ${translatorFor(locale)('app.name')}`;
  };
  appear();
  settings.subscribe(appear);
  watchSettings((value) => settings.set({ value }));
  const { store, actions, update } = createLibrary();
  const words = createWordsTab(store, update);
  render(<App store={store} actions={actions} settings={settings} words={words} />, document.getElementById('app')!);
  void actions.reload();
}

void main();
