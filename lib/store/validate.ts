/**
 * Checks for stored and imported records. Each validator returns the typed
 * record or null and pushes readable problems ("highlights[3].color: …") so an
 * import can say exactly what is wrong instead of dropping data.
 * @module lib/store/validate
 */
import type { Selectors } from '../anchoring/types';
import { normaliseSettings, type Settings } from '../settings';
import { HIGHLIGHT_COLORS, type ArticleRecord, type Highlight, type HighlightColor, type ReadingCorrection } from './types';

type Obj = Record<string, unknown>;

/** True for a plain object (not null, not an array). */
export function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Collects problems under a path prefix. */
class Checker {
  constructor(private readonly problems: string[], private readonly path: string) {}

  fail(field: string, what: string): void {
    this.problems.push(`${this.path}${field ? `.${field}` : ''}: ${what}`);
  }

  string(o: Obj, field: string, opts: { nullable?: boolean; nonEmpty?: boolean } = {}): boolean {
    const v = o[field];
    if (v === null && opts.nullable) return true;
    if (typeof v !== 'string') return this.fail(field, `expected ${opts.nullable ? 'a string or null' : 'a string'}, got ${JSON.stringify(v) ?? 'nothing'}`), false;
    if (opts.nonEmpty && !v) return this.fail(field, 'must not be empty'), false;
    return true;
  }

  time(o: Obj, field: string, nullable = false): boolean {
    if (!this.string(o, field, { nullable })) return false;
    const v = o[field];
    if (typeof v === 'string' && Number.isNaN(Date.parse(v))) return this.fail(field, `not a date: ${JSON.stringify(v)}`), false;
    return true;
  }

  offset(o: Obj, field: string): boolean {
    const v = o[field];
    if (!Number.isInteger(v) || (v as number) < 0) return this.fail(field, `expected an offset ≥ 0, got ${JSON.stringify(v)}`), false;
    return true;
  }
}

/** Validate stored selectors (quote, position, text hash). */
export function validateSelectors(x: unknown, problems: string[], path: string): Selectors | null {
  const c = new Checker(problems, path);
  if (!isObject(x) || !isObject(x.quote) || !isObject(x.position)) return c.fail('', 'expected {quote, position, textHash}'), null;
  const q = new Checker(problems, `${path}.quote`);
  const p = new Checker(problems, `${path}.position`);
  let ok = q.string(x.quote, 'exact', { nonEmpty: true });
  ok = q.string(x.quote, 'prefix') && ok;
  ok = q.string(x.quote, 'suffix') && ok;
  ok = p.offset(x.position, 'start') && ok;
  ok = p.offset(x.position, 'end') && ok;
  ok = c.string(x, 'textHash') && ok;
  if (ok && (x.position.end as number) <= (x.position.start as number)) {
    p.fail('', 'end must be after start');
    ok = false;
  }
  return ok ? (x as unknown as Selectors) : null;
}

/** Validate one highlight record. */
export function validateHighlight(x: unknown, problems: string[], path: string): Highlight | null {
  const c = new Checker(problems, path);
  if (!isObject(x)) return c.fail('', 'expected a highlight object'), null;
  let ok = c.string(x, 'id', { nonEmpty: true });
  ok = c.string(x, 'articleKey', { nonEmpty: true }) && ok;
  ok = validateSelectors(x.selectors, problems, `${path}.selectors`) !== null && ok;
  if (!HIGHLIGHT_COLORS.includes(x.color as HighlightColor)) {
    c.fail('color', `expected one of ${HIGHLIGHT_COLORS.join(', ')}, got ${JSON.stringify(x.color)}`);
    ok = false;
  }
  ok = c.string(x, 'note') && ok;
  ok = c.time(x, 'createdAt') && ok;
  ok = c.time(x, 'updatedAt') && ok;
  if (x.deletedAt !== undefined) ok = c.time(x, 'deletedAt', true) && ok;
  if (x.page !== undefined && !(Number.isInteger(x.page) && (x.page as number) >= 1)) {
    c.fail('page', `expected a page number ≥ 1, got ${JSON.stringify(x.page)}`);
    ok = false;
  }
  return ok ? (x as unknown as Highlight) : null;
}

/** Validate one article record. */
export function validateArticle(x: unknown, problems: string[], path: string): ArticleRecord | null {
  const c = new Checker(problems, path);
  if (!isObject(x)) return c.fail('', 'expected an article object'), null;
  let ok = c.string(x, 'key', { nonEmpty: true });
  ok = c.string(x, 'url') && ok;
  ok = c.string(x, 'title', { nullable: true }) && ok;
  ok = c.string(x, 'source', { nullable: true }) && ok;
  ok = c.string(x, 'publishedAt', { nullable: true }) && ok;
  ok = c.string(x, 'textHash') && ok;
  ok = c.time(x, 'updatedAt') && ok;
  return ok ? (x as unknown as ArticleRecord) : null;
}

/** Validate one reading correction. */
export function validateCorrection(x: unknown, problems: string[], path: string): ReadingCorrection | null {
  const c = new Checker(problems, path);
  if (!isObject(x)) return c.fail('', 'expected {pinyin, updatedAt}'), null;
  let ok = c.string(x, 'pinyin', { nullable: true, nonEmpty: true });
  ok = c.time(x, 'updatedAt') && ok;
  return ok ? (x as unknown as ReadingCorrection) : null;
}

/** Validate settings: every field present must have the type of its default; missing ones get defaults. */
export function validateSettings(x: unknown, problems: string[], path: string): Settings | null {
  const c = new Checker(problems, path);
  if (!isObject(x)) return c.fail('', 'expected a settings object'), null;
  const defaults = normaliseSettings(null);
  let ok = true;
  for (const [field, value] of Object.entries(x)) {
    const expected = (defaults as unknown as Obj)[field];
    if (expected === undefined) continue; // a field of a newer version: kept, not our business
    if (isObject(expected) ? !isObject(value) : typeof value !== typeof expected) {
      c.fail(field, `expected a ${isObject(expected) ? 'object' : typeof expected}, got ${JSON.stringify(value)}`);
      ok = false;
    }
  }
  return ok ? normaliseSettings(x as Partial<Settings>) : null;
}
