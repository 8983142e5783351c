/**
 * Pure view logic of the library page: which articles and highlights to show
 * for a search and colour filter, in which order, plus links and file names.
 * No browser APIs, so it is tested in Node (tests/lib/library).
 * @module lib/library/view
 */
import { groupHighlights } from '../store/export-groups';
import { peopleUrl } from '../store/safe-url';
import { HIGHLIGHT_COLORS, isDeleted, type ArticleRecord, type Highlight, type HighlightColor, type StoreData } from '../store/types';

/** What the reader asked to see. */
export interface LibraryFilter {
  /** Free text; every whitespace-separated term must occur in the quote, the note or the article's title. */
  query: string;
  /** Colours to show; empty = every colour. */
  colors: readonly HighlightColor[];
}

/** One article as the library shows it. */
export interface ArticleView {
  article: ArticleRecord;
  /** The link for the article's title: its URL when that is an http(s) People's Daily URL, else null (no link). */
  link: string | null;
  /** The live highlights that pass the filter, in reading order. */
  highlights: Highlight[];
  /** Live highlights of the article before filtering. */
  total: number;
  /** Live highlights with a note (before filtering). */
  notes: number;
  /** createdAt of the newest live highlight: the article's place in the list. */
  latest: string;
}

/** The whole list plus the figures the header shows. */
export interface LibraryView {
  articles: ArticleView[];
  /** Highlights shown / live highlights overall. */
  shown: number;
  total: number;
  /** Live highlights per colour (before filtering), for the filter chips. */
  perColor: Record<HighlightColor, number>;
}

/**
 * Case- and width-insensitive form for matching. Why NFKC: readers type
 * half-width digits and letters while articles sometimes use full-width ones (１３００ / 1300).
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The search terms of a query (whitespace-separated, normalised, empty ones dropped). */
export function searchTerms(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/u).filter(Boolean);
}

/** The searched text of each highlight, normalised once per record (records are immutable): with
 * 20,000 highlights, normalising them all again on every keystroke held the library page. */
const haystacks = new WeakMap<Highlight, { article: ArticleRecord; text: string }>();

/** True when every term occurs in the highlight's quote, its note or the article's title/source. */
export function highlightMatches(h: Highlight, article: ArticleRecord, terms: readonly string[]): boolean {
  if (!terms.length) return true;
  let cached = haystacks.get(h);
  if (!cached || cached.article !== article) {
    cached = { article, text: normalizeForSearch([h.selectors.quote.exact, h.note, article.title ?? '', article.source ?? ''].join('\n')) };
    haystacks.set(h, cached);
  }
  return terms.every((t) => cached.text.includes(t));
}

/**
 * Articles with live highlights (tombstones never shown), newest first by the
 * creation time of their latest highlight — not by edits, so editing a note
 * does not make the list jump; highlights in reading order. Articles with no
 * highlight passing the filter are left out.
 */
export function libraryView(data: StoreData, filter: LibraryFilter): LibraryView {
  const terms = searchTerms(filter.query);
  const perColor = noColors();
  let shown = 0;
  let total = 0;
  const articles: ArticleView[] = [];
  for (const { article, highlights } of groupHighlights(data)) {
    total += highlights.length;
    for (const h of highlights) perColor[h.color] = (perColor[h.color] ?? 0) + 1;
    const passing = highlights.filter(
      (h) => (!filter.colors.length || filter.colors.includes(h.color)) && highlightMatches(h, article, terms),
    );
    shown += passing.length;
    if (!passing.length) continue;
    articles.push({
      article,
      link: peopleUrl(article.url),
      highlights: passing,
      total: highlights.length,
      notes: highlights.filter((h) => h.note.trim() !== '').length,
      latest: highlights.reduce((m, h) => (h.createdAt > m ? h.createdAt : m), ''),
    });
  }
  articles.sort((a, b) => b.latest.localeCompare(a.latest) || a.article.key.localeCompare(b.article.key));
  return { articles, shown, total, perColor };
}

/** One piece of displayed text, `hit` when it matched a search term (rendered as <mark>). */
export interface TextPiece { text: string; hit: boolean }

/** Split `text` at the occurrences of the search terms (case-insensitive), for marking matches. */
export function splitMatches(text: string, terms: readonly string[]): TextPiece[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length || !terms.length) return [{ text, hit: false }];
  const hit = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = lower.indexOf(term); at >= 0 && term; at = lower.indexOf(term, at + term.length)) {
      hit.fill(true, at, at + term.length);
    }
  }
  const pieces: TextPiece[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = pieces[pieces.length - 1];
    if (last && last.hit === hit[i]) last.text += text[i];
    else pieces.push({ text: text[i], hit: hit[i] });
  }
  return pieces.length ? pieces : [{ text, hit: false }];
}

/**
 * The article's URL with a `#rr-hl=<id>` fragment: the content script scrolls
 * to that highlight on load (its part, not the library's). null unless the URL is
 * an http(s) People's Daily URL: an imported `javascript:` or foreign URL is never a link.
 */
export function highlightLink(url: string, id: string): string | null {
  const safe = peopleUrl(url);
  if (!safe) return null;
  const u = new URL(safe);
  u.hash = `rr-hl=${encodeURIComponent(id)}`;
  return u.toString();
}

/** A safe download file name: `renmin-reader-<label>-<YYYY-MM-DD>.<ext>`, label cut to 40 characters. */
export function exportFileName(ext: string, now: Date, label?: string): string {
  const day = now.toISOString().slice(0, 10);
  const clean = label?.replace(/[\\/:*?"<>|\s#%&{}$!'@`=+]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `renmin-reader-${clean ? `${clean}-` : ''}${day}.${ext}`;
}

/** Ids of an article's live highlights as the reader sees them now (what "Delete all N" counts and deletes). */
export function liveHighlightIds(data: StoreData | null, articleKey: string): string[] {
  return (data?.highlights ?? []).filter((h) => h.articleKey === articleKey && !isDeleted(h)).map((h) => h.id);
}

/** A count of 0 for every highlight colour. */
export function noColors(): Record<HighlightColor, number> {
  return Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, 0])) as Record<HighlightColor, number>;
}
