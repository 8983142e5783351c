/**
 * Markdown export of highlights and notes: per article or all, with title,
 * source, date and URL, then each quote as a block quote followed by its note.
 * Everything that comes from the page, the reader or an import is escaped
 * (markdown-text.ts); the only link is the article's URL, and only when it is an
 * http(s) People's Daily URL (safe-url.ts).
 * @module lib/store/export-markdown
 */
import { articleDate, groupHighlights, type ArticleGroup } from './export-groups';
import { markdownLine, markdownText } from './markdown-text';
import { peopleUrl } from './safe-url';
import type { StoreData } from './types';

/** Prefix every line with "> " so multi-paragraph quotes stay one block quote. */
function blockQuote(text: string): string {
  return markdownText(text).split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
}

/** One article's section; `level` is the heading level of its title. */
function articleSection(group: ArticleGroup, level: number): string {
  const { article, highlights } = group;
  const lines = [`${'#'.repeat(level)} ${markdownLine(article.title ?? article.key)}`, ''];
  if (article.source) lines.push(`- 来源 Source: ${markdownLine(article.source)}`);
  const date = articleDate(article);
  if (date) lines.push(`- 日期 Date: ${markdownLine(date)}`);
  const url = peopleUrl(article.url);
  // An autolink: the URL is normalised by new URL(), so it holds no space, < or >.
  if (url) lines.push(`- URL: <${url}>`);
  lines.push('');
  for (const h of highlights) {
    lines.push(blockQuote(h.selectors.quote.exact), '');
    if (h.note.trim()) lines.push(markdownText(h.note.trim()), '');
  }
  return lines.join('\n');
}

/**
 * Markdown of the live highlights: one article (`articleKey`) with its title as
 * the top heading, or all articles under one heading, most recent first.
 */
export function exportMarkdown(data: StoreData, articleKey?: string): string {
  const groups = groupHighlights(data, articleKey);
  if (articleKey !== undefined) return groups.length ? `${articleSection(groups[0], 1).trimEnd()}\n` : '';
  const body = groups.map((g) => articleSection(g, 2).trimEnd()).join('\n\n---\n\n');
  return `# 人民日报阅读标注 Renmin Reader highlights\n\n${body}\n`;
}
