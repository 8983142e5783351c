import type { ArticleView, TextPiece } from '../../lib/library/view';
import { HighlightEntry } from './HighlightEntry';
import { formatPublished } from '../../lib/format/date';
import { useT } from '../i18n';

type ArticleCardProps = {
  view: ArticleView;
  /** Draw only the first `limit` highlights (the list is drawn in parts; the rest follow on scroll). */
  limit?: number;
  /** True while the reader is asked to confirm deleting this article's highlights. */
  confirming: boolean;
  busy: boolean;
  linkOf: (url: string, id: string) => string | null;
  mark: (text: string) => TextPiece[];
  onExportMarkdown: () => void;
  onAskDelete: () => void;
  onConfirmDelete: () => void;
  onCancelDelete: () => void;
};

/** One article: title (linked), source, date and counts, its actions, and its highlights in reading order. */
export function ArticleCard({ view, limit, confirming, busy, linkOf, mark, onExportMarkdown, onAskDelete, onConfirmDelete, onCancelDelete }: ArticleCardProps) {
  const t = useT();
  const { article, highlights, total, notes } = view;
  const title = article.title ?? article.key;
  const date = formatPublished(article.publishedAt?.slice(0, 10) ?? null, t.locale);
  return (
    <article class="card" data-article-key={article.key}>
      <header class="card-head">
        <h2 class="card-title" lang="zh-CN">
          {view.link ? <a href={view.link} target="_blank" rel="noopener noreferrer">{title}</a> : title}
        </h2>
        <p class="card-facts">
          {article.source ? <span lang="zh-CN">{article.source}</span> : null}
          {date ? <time dateTime={article.publishedAt ?? undefined}>{date}</time> : null}
          <span class="card-count" data-count={total}>
            {highlights.length < total ? t('library.partial', { shown: highlights.length, total }) : t.plural('library.count', total)}
          </span>
          {notes ? <span>{t.plural('library.notes', notes)}</span> : null}
        </p>
        <div class="card-actions">
          <button type="button" class="small" data-action="export-article-markdown" onClick={onExportMarkdown}>
            {t('library.exportMarkdown')}
          </button>
          {confirming ? (
            <span class="confirm" role="alert">
              {t.plural('library.confirmDelete', total)}
              <button type="button" class="small danger" data-action="confirm-delete" disabled={busy} onClick={onConfirmDelete}>
                {t('action.delete')}
              </button>
              <button type="button" class="small" data-action="cancel-delete" onClick={onCancelDelete}>{t('action.cancel')}</button>
            </span>
          ) : (
            <button type="button" class="small quiet" data-action="delete-article" disabled={busy} onClick={onAskDelete}>
              {t('action.delete')}
            </button>
          )}
        </div>
      </header>
      <ol class="entries">
        {(limit === undefined ? highlights : highlights.slice(0, limit)).map((h) => <HighlightEntry key={h.id} highlight={h} link={linkOf(article.url, h.id)} mark={mark} />)}
      </ol>
    </article>
  );
}
