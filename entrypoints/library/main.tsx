/**
 * The library page (/library.html): every saved highlight across articles,
 * with search, colour filter, delete with undo, export and import. State and
 * actions live in ./state; this file maps them to the components' props.
 */
import './style.css';
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { exportAnkiTsv, exportJson, exportMarkdown, isDeleted, type StoreData } from '../../lib/store';
import { readStore } from '../../lib/ext/storage-items';
import type { Observable } from '../../lib/ext/observable';
import { LibraryPage } from '../../components/library/LibraryPage';
import { LibraryToolbar } from '../../components/library/LibraryToolbar';
import { ArticleCard } from '../../components/library/ArticleCard';
import { ImportOutcomeBox } from '../../components/library/ImportOutcomeBox';
import { StorageProblems } from '../../components/library/StorageProblems';
import { Toast } from '../../components/Toast';
import { createLibrary, type LibraryActions, type LibraryState } from './state';
import { download } from '../../lib/ext/downloads';
import { exportFileName, highlightLink, libraryView, searchTerms, splitMatches } from '../../lib/library/view';
import { newerVersionNotice } from '../../lib/highlights/notices';

const MIME = { json: 'application/json', markdown: 'text/markdown', anki: 'text/tab-separated-values' } as const;
const EXT = { json: 'json', markdown: 'md', anki: 'tsv' } as const;

/** Export from a fresh read (another tab may have saved since the page loaded). */
async function exportAll(kind: 'json' | 'markdown' | 'anki', articleKey?: string, label?: string): Promise<void> {
  const { data } = await readStore();
  const now = new Date();
  const text = kind === 'json' ? exportJson(data, now) : kind === 'markdown' ? exportMarkdown(data, articleKey) : exportAnkiTsv(data, articleKey);
  download(exportFileName(EXT[kind], now, label ?? (kind === 'anki' ? 'anki' : undefined)), text, MIME[kind]);
}

/** Ids of an article's live highlights as the reader sees them now (what "Delete all N" counts). */
function liveIds(data: StoreData | null, articleKey: string): string[] {
  return (data?.highlights ?? []).filter((h) => h.articleKey === articleKey && !isDeleted(h)).map((h) => h.id);
}

/** Subscribe to the store and map state to props. */
function App({ store, actions }: { store: Observable<LibraryState>; actions: LibraryActions }) {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    const unsubscribe = store.subscribe(setState);
    setState(store.get()); // changes made before this effect ran (the first read can be that fast)
    return unsubscribe;
  }, [store]);
  const view = useMemo(
    () => (state.data ? libraryView(state.data, { query: state.query, colors: state.colors }) : null),
    [state.data, state.query, state.colors],
  );
  const terms = useMemo(() => searchTerms(state.query), [state.query]);
  const fail = (e: unknown) => alert(`导出失败 Export failed: ${(e as Error).message}`);
  return (
    <LibraryPage
      counts={view ? { shown: view.shown, total: view.total, articles: view.articles.length } : null}
      blocked={state.newerVersion ? newerVersionNotice(state.newerVersion) : null}
      filtered={terms.length > 0 || state.colors.length > 0}
      notices={
        <>
          <StorageProblems problems={state.problems} error={state.error} />
          {state.importOutcome ? <ImportOutcomeBox outcome={state.importOutcome} onClose={actions.closeImport} /> : null}
        </>
      }
      toolbar={
        <LibraryToolbar
          query={state.query}
          colors={state.colors}
          perColor={view?.perColor ?? { yellow: 0, green: 0, blue: 0, pink: 0, purple: 0 }}
          busy={state.busy}
          onQuery={actions.setQuery}
          onToggleColor={actions.toggleColor}
          onExport={(kind) => exportAll(kind).catch(fail)}
          onImport={(file) => void actions.importFile(file)}
        />
      }
      articles={view?.articles ?? []}
      renderArticle={(v) => (
        <ArticleCard
          key={v.article.key}
          view={v}
          confirming={state.confirmDelete === v.article.key}
          busy={state.busy}
          linkOf={highlightLink}
          mark={(text) => splitMatches(text, terms)}
          onExportMarkdown={() => exportAll('markdown', v.article.key, v.article.title ?? v.article.key).catch(fail)}
          onAskDelete={() => actions.askDelete(v.article.key)}
          onConfirmDelete={() => void actions.deleteArticle(v.article.key, liveIds(state.data, v.article.key))}
          onCancelDelete={() => actions.askDelete(null)}
        />
      )}
      toast={
        state.undo ? (
          <Toast
            message={`已删除《${state.undo.title}》的 ${state.undo.ids.length} 条标注 Deleted ${state.undo.ids.length} highlights`}
            actionLabel="撤销 Undo"
            action="undo"
            onAction={() => void actions.undoDelete()}
          />
        ) : null
      }
    />
  );
}

const { store, actions } = createLibrary();
render(<App store={store} actions={actions} />, document.getElementById('app')!);
void actions.reload();
