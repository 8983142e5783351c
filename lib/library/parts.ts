/**
 * Drawing the library's list in parts: which articles, and how many of each
 * one's highlights, fit in the first `limit` highlights of the list. Pure, so
 * it is tested in Node (tests/lib/library).
 * @module lib/library/parts
 */

/** Highlights the library draws first, and adds each time the reader nears the end: a few screens. */
export const LIBRARY_PART = 80;

/** One article to draw, and how many of its highlights. */
export interface ArticlePart<T> { article: T; limit: number }

/**
 * The articles drawn when at most `limit` highlights are drawn, in list order, each with how
 * many of its highlights to draw (an article cut in the middle shows its first ones); and how
 * many highlights are left for later parts.
 */
export function firstPart<T extends { highlights: readonly unknown[] }>(articles: readonly T[], limit: number): { parts: ArticlePart<T>[]; remaining: number } {
  const parts: ArticlePart<T>[] = [];
  let left = limit;
  let remaining = 0;
  for (const article of articles) {
    const n = article.highlights.length;
    if (left > 0) {
      const take = Math.min(n, left);
      parts.push({ article, limit: take });
      left -= take;
      remaining += n - take;
    } else remaining += n;
  }
  return { parts, remaining };
}
