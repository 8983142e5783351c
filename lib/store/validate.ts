/**
 * Checks for stored and imported records. Each validator returns a clean record
 * (known fields only) or null, and pushes readable problems ("highlights[3].color: …")
 * so an import can say exactly what is wrong instead of dropping data. Every field
 * is bounded by what the extension itself writes (lib/store/limits.ts,
 * lib/anchoring/limits.ts): a record the product could not have made is refused.
 * @module lib/store/validate
 */
import { CONTEXT_LENGTH, MAX_MARGIN, MAX_QUOTE_LENGTH } from '../anchoring/limits';
import type { Distinctness, Selectors } from '../anchoring/types';
import { readSettings, type Settings } from '../settings';
import { Checker, ID, KEY, isObject, shown } from './checker';
import {
  MAX_ID_LENGTH, MAX_NOTE_LENGTH, MAX_OFFSET, MAX_PAGE, MAX_PINYIN_LENGTH, MAX_SOURCE_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH,
} from './limits';
import { peopleUrl } from './safe-url';
import { HIGHLIGHT_COLORS, type ArticleRecord, type Highlight, type HighlightColor, type ReadingCorrection } from './types';

export { isObject };

/** hashText() output: 8 hex digits, '-', the length in base 36. */
const TEXT_HASH: [RegExp, string] = [/^[0-9a-f]{8}-[0-9a-z]{1,8}$/, 'a text hash (8 hex digits, "-", a length)'];
/** ArticleMeta.publishedAt: an ISO date, or date and time. */
const PUBLISHED: [RegExp, string] = [/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/, 'an ISO 8601 date'];

/** Validate stored selectors (quote, position, text hash, distinctness). */
export function validateSelectors(x: unknown, problems: string[], path: string): Selectors | null {
  const c = new Checker(problems, path);
  if (!isObject(x) || !isObject(x.quote) || !isObject(x.position)) return c.fail('', 'expected {quote, position, textHash}'), null;
  const q = new Checker(problems, `${path}.quote`);
  const p = new Checker(problems, `${path}.position`);
  let ok = q.string(x.quote, 'exact', { nonEmpty: true, max: [MAX_QUOTE_LENGTH, 'a highlight may have'] });
  ok = q.string(x.quote, 'prefix', { max: [CONTEXT_LENGTH, 'the extension keeps as context'] }) && ok;
  ok = q.string(x.quote, 'suffix', { max: [CONTEXT_LENGTH, 'the extension keeps as context'] }) && ok;
  ok = p.integer(x.position, 'start', 0, MAX_OFFSET, 'an offset') && ok;
  ok = p.integer(x.position, 'end', 0, MAX_OFFSET, 'an offset') && ok;
  ok = c.string(x, 'textHash', { pattern: TEXT_HASH }) && ok;
  if (ok) {
    const length = (x.position.end as number) - (x.position.start as number);
    if (length !== (x.quote.exact as string).length) ok = p.fail('', `end − start is ${length}, not the quote's length ${(x.quote.exact as string).length}`);
  }
  let distinct: Distinctness | undefined;
  if (x.distinct !== undefined) {
    const d = new Checker(problems, `${path}.distinct`);
    if (!isObject(x.distinct)) ok = d.fail('', `expected {margin, copies}, got ${shown(x.distinct)}`);
    else if (d.integer(x.distinct, 'margin', 0, MAX_MARGIN + 1, 'a margin') && d.integer(x.distinct, 'copies', 0, MAX_OFFSET, 'a count')) {
      distinct = { margin: x.distinct.margin as number, copies: x.distinct.copies as number };
    } else ok = false;
  }
  if (!ok) return null;
  const quote = { exact: x.quote.exact as string, prefix: x.quote.prefix as string, suffix: x.quote.suffix as string };
  const position = { start: x.position.start as number, end: x.position.end as number };
  return { quote, position, textHash: x.textHash as string, ...(distinct ? { distinct } : {}) };
}

/** Validate one highlight record. */
export function validateHighlight(x: unknown, problems: string[], path: string): Highlight | null {
  const c = new Checker(problems, path);
  if (!isObject(x)) return c.fail('', 'expected a highlight object'), null;
  let ok = c.string(x, 'id', { nonEmpty: true, max: [MAX_ID_LENGTH, 'an id may have'], pattern: ID });
  ok = c.string(x, 'articleKey', { nonEmpty: true, max: [100, 'an article key may have'], pattern: KEY }) && ok;
  const selectors = validateSelectors(x.selectors, problems, `${path}.selectors`);
  ok = selectors !== null && ok;
  if (!HIGHLIGHT_COLORS.includes(x.color as HighlightColor)) ok = c.fail('color', `expected one of ${HIGHLIGHT_COLORS.join(', ')}, got ${shown(x.color)}`);
  ok = c.string(x, 'note', { max: [MAX_NOTE_LENGTH, 'a note may have'] }) && ok;
  ok = c.time(x, 'createdAt') && ok;
  ok = c.time(x, 'updatedAt') && ok;
  if (x.deletedAt !== undefined) ok = c.time(x, 'deletedAt', true) && ok;
  if (x.page !== undefined) ok = c.integer(x, 'page', 1, MAX_PAGE, 'a page number') && ok;
  if (!ok) return null;
  const h: Highlight = {
    id: x.id as string, articleKey: x.articleKey as string, selectors: selectors!, color: x.color as HighlightColor,
    note: x.note as string, createdAt: x.createdAt as string, updatedAt: x.updatedAt as string,
  };
  if (x.deletedAt !== undefined) h.deletedAt = x.deletedAt as string | null;
  if (x.page !== undefined) h.page = x.page as number;
  return h;
}

/** Validate one article record; its URL must be empty or an http(s) People's Daily URL. */
export function validateArticle(x: unknown, problems: string[], path: string): ArticleRecord | null {
  const c = new Checker(problems, path);
  if (!isObject(x)) return c.fail('', 'expected an article object'), null;
  let ok = c.string(x, 'key', { nonEmpty: true, max: [100, 'an article key may have'], pattern: KEY });
  if (c.string(x, 'url', { max: [MAX_URL_LENGTH, 'a URL may have'] })) {
    if (x.url && peopleUrl(x.url as string) === null) ok = c.fail('url', `not an http(s) People's Daily URL: ${shown(x.url)}`);
  } else ok = false;
  ok = c.string(x, 'title', { nullable: true, max: [MAX_TITLE_LENGTH, 'a title may have'] }) && ok;
  ok = c.string(x, 'source', { nullable: true, max: [MAX_SOURCE_LENGTH, 'a source may have'] }) && ok;
  ok = c.string(x, 'publishedAt', { nullable: true, max: [40, 'a date may have'], pattern: PUBLISHED }) && ok;
  ok = c.string(x, 'textHash', { pattern: TEXT_HASH }) && ok;
  ok = c.time(x, 'updatedAt') && ok;
  if (!ok) return null;
  const { key, url, title, source, publishedAt, textHash, updatedAt } = x as unknown as ArticleRecord;
  return { key, url, title, source, publishedAt, textHash, updatedAt };
}

/** Validate one reading correction. */
export function validateCorrection(x: unknown, problems: string[], path: string): ReadingCorrection | null {
  const c = new Checker(problems, path);
  if (!isObject(x)) return c.fail('', 'expected {pinyin, updatedAt}'), null;
  let ok = c.string(x, 'pinyin', { nullable: true, nonEmpty: true, max: [MAX_PINYIN_LENGTH, 'a reading may have'] });
  ok = c.time(x, 'updatedAt') && ok;
  return ok ? { pinyin: x.pinyin as string | null, updatedAt: x.updatedAt as string } : null;
}

/** Validate settings: every field present must have the type of its default (readSettings); missing ones get defaults. */
export function validateSettings(x: unknown, problems: string[], path: string): Settings | null {
  if (!isObject(x)) return new Checker(problems, path).fail('', `expected a settings object, got ${shown(x)}`), null;
  const read = readSettings(x);
  // Without "; the default is used": an import with a bad setting is refused, not repaired.
  problems.push(...read.problems.map((p) => `${path}.${p.split('; ')[0]}`));
  return read.problems.length ? null : read.settings;
}
