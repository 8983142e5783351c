import type { ComponentChildren } from 'preact';
import type { ArticleView } from '../../lib/library/view';
import { useT } from '../i18n';

type LibraryPageProps = {
  /** Highlights shown / all live highlights; null while loading. */
  counts: { shown: number; total: number; articles: number } | null;
  /** The stored data's schema version when a newer extension wrote it: nothing is shown or changed. */
  blocked?: number | null;
  filtered: boolean;
  /** Notices above the list (problems, import result). */
  notices: ComponentChildren;
  toolbar: ComponentChildren;
  /** The articles drawn now (the list is drawn in parts), and what asks for the next part. */
  articles: ArticleView[];
  renderArticle: (view: ArticleView) => ComponentChildren;
  more?: ComponentChildren;
  /** The undo toast, if any. */
  toast: ComponentChildren;
  /** The switch between the highlights and the word list. */
  tabs?: ComponentChildren;
  /** Another list shown instead of the highlights (the word list), with its own toolbar. */
  alternate?: ComponentChildren;
  onOpenOptions: () => void;
};

/** The page frame: heading with totals, toolbar, notices, the article list or an empty state. */
export function LibraryPage({ counts, blocked, filtered, notices, toolbar, articles, renderArticle, more, toast, tabs, alternate, onOpenOptions }: LibraryPageProps) {
  const t = useT();
  if (blocked) {
    // Data of a newer version: one message, no counts, no actions (nothing here may write it).
    return (
      <div class="page">
        <header class="masthead">
          <p class="brand">{t('app.name')}</p>
          <h1>{t('library.title')}</h1>
        </header>
        <section class="notice notice-error" role="alert" data-rr-notice="read-only">
          <p class="notice-line">{t('library.readOnly', { version: blocked })}</p>
        </section>
      </div>
    );
  }
  return (
    <div class="page">
      <header class="masthead">
        <p class="brand">
          {t('app.name')}
          <button type="button" class="options-link" data-action="open-options" onClick={onOpenOptions}>{t('action.openOptions')}</button>
        </p>
        <h1>{alternate ? t('library.wordsTab') : t('library.title')}</h1>
        {tabs}
        {counts && !alternate ? (
          <p class="totals" data-shown={counts.shown} data-total={counts.total}>
            {filtered
              ? t('library.showing', { shown: counts.shown, total: counts.total })
              : t.plural('library.totals', counts.articles, { articles: counts.articles, total: counts.total })}
          </p>
        ) : null}
      </header>
      {alternate ? <>{notices}{alternate}</> : null}
      {alternate ? null : <div class="sticky">{toolbar}</div>}
      {alternate ? null : notices}
      {alternate ? null : <main class="list" aria-busy={counts === null}>
        {counts === null ? <p class="empty">{t('library.loading')}</p> : null}
        {counts && !articles.length ? (
          <p class="empty" data-empty>
            {filtered ? t('library.noMatch') : t('library.none')}
          </p>
        ) : null}
        {articles.map(renderArticle)}
        {more}
      </main>}
      {toast}
    </div>
  );
}
