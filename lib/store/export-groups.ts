/**
 * Live highlights grouped by article, in the order exports list them: articles
 * with the most recent highlight first, highlights in reading order.
 * @module lib/store/export-groups
 */
import type { ArticleRecord, Highlight, StoreData } from './types';

/** One article and its live highlights. */
export interface ArticleGroup {
  /** The stored record, or a stand-in when only highlights exist (never dropped). */
  article: ArticleRecord;
  highlights: Highlight[];
}

/** Group live (not deleted) highlights by article; `articleKey` limits to one article. */
export function groupHighlights(data: StoreData, articleKey?: string): ArticleGroup[] {
  const records = new Map(data.articles.map((a) => [a.key, a]));
  const groups = new Map<string, Highlight[]>();
  for (const h of data.highlights) {
    if (h.deletedAt != null || (articleKey !== undefined && h.articleKey !== articleKey)) continue;
    groups.set(h.articleKey, [...(groups.get(h.articleKey) ?? []), h]);
  }
  const latest = (hs: Highlight[]) => hs.reduce((m, h) => (h.updatedAt > m ? h.updatedAt : m), '');
  return [...groups.entries()]
    .map(([key, hs]) => ({
      article: records.get(key) ?? { key, url: '', title: null, source: null, publishedAt: null, textHash: '', updatedAt: latest(hs) },
      highlights: hs.sort((a, b) => a.selectors.position.start - b.selectors.position.start || a.id.localeCompare(b.id)),
    }))
    .sort((a, b) => latest(b.highlights).localeCompare(latest(a.highlights)) || a.article.key.localeCompare(b.article.key));
}

/** The article's date as YYYY-MM-DD (People's Daily dates are Beijing time, kept as written). */
export function articleDate(a: ArticleRecord): string | null {
  return a.publishedAt ? a.publishedAt.slice(0, 10) : null;
}
