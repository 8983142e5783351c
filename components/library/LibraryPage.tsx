import type { ComponentChildren } from 'preact';
import type { ArticleView } from '../../lib/library/view';

type LibraryPageProps = {
  /** Highlights shown / all live highlights; null while loading. */
  counts: { shown: number; total: number; articles: number } | null;
  /** Why nothing can be shown or changed (data of a newer version); replaces the list and the toolbar. */
  blocked?: string | null;
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
};

/** The page frame: heading with totals, toolbar, notices, the article list or an empty state. */
export function LibraryPage({ counts, blocked, filtered, notices, toolbar, articles, renderArticle, more, toast }: LibraryPageProps) {
  if (blocked) {
    return (
      <div class="page">
        <header class="masthead">
          <p class="brand">人民阅读 <span class="brand-en">Renmin Reader</span></p>
          <h1>标注库 <span class="h1-en">Highlights library</span></h1>
        </header>
        <section class="notice notice-error" role="alert" data-rr-notice="read-only">
          <p class="notice-line">{blocked}</p>
        </section>
      </div>
    );
  }
  return (
    <div class="page">
      <header class="masthead">
        <p class="brand">人民阅读 <span class="brand-en">Renmin Reader</span></p>
        <h1>标注库 <span class="h1-en">Highlights library</span></h1>
        {counts ? (
          <p class="totals" data-shown={counts.shown} data-total={counts.total}>
            {filtered ? `显示 ${counts.shown} / ${counts.total} 条标注 showing ${counts.shown} of ${counts.total} highlights` : `${counts.articles} 篇文章 · ${counts.total} 条标注 ${counts.articles} articles · ${counts.total} highlights`}
          </p>
        ) : null}
      </header>
      <div class="sticky">{toolbar}</div>
      {notices}
      <main class="list" aria-busy={counts === null}>
        {counts === null ? <p class="empty">正在读取… Loading…</p> : null}
        {counts && !articles.length ? (
          <p class="empty" data-empty>
            {filtered
              ? '没有符合条件的标注。No highlights match the search or filter.'
              : '还没有标注。在人民网文章中选中文字即可保存。No highlights yet: select text in a People’s Daily article to save one.'}
          </p>
        ) : null}
        {articles.map(renderArticle)}
        {more}
      </main>
      {toast}
    </div>
  );
}
