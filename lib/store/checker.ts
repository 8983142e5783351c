/**
 * Field checks for stored and imported records: each check pushes a readable
 * problem ("highlights[3].note: 25,000 characters, more than the 20,000 a note may have")
 * and returns whether the field passed.
 * @module lib/store/checker
 */
import { ARTICLE_KEY } from './article-key';

export type Obj = Record<string, unknown>;

/** True for a plain object (not null, not an array). */
export function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** An instant as Date.toISOString() writes it (an offset instead of Z is accepted). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

/** A value, shortened for a problem message. */
export function shown(v: unknown): string {
  const s = JSON.stringify(v) ?? 'nothing';
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Options of Checker.string. */
export interface StringRule {
  nullable?: boolean;
  nonEmpty?: boolean;
  /** Most UTF-16 units allowed, and the end of "more than the N …" ("a note may have"), for the message. */
  max?: [number, string];
  /** A pattern the value must match, and how to describe it. */
  pattern?: [RegExp, string];
}

/** Collects problems under a path prefix. */
export class Checker {
  constructor(private readonly problems: string[], private readonly path: string) {}

  fail(field: string, what: string): false {
    this.problems.push(`${this.path}${field ? `.${field}` : ''}: ${what}`);
    return false;
  }

  string(o: Obj, field: string, rule: StringRule = {}): boolean {
    const v = o[field];
    if (v === null && rule.nullable) return true;
    if (typeof v !== 'string') return this.fail(field, `expected ${rule.nullable ? 'a string or null' : 'a string'}, got ${shown(v)}`);
    if (rule.nonEmpty && !v) return this.fail(field, 'must not be empty');
    if (rule.max && v.length > rule.max[0]) {
      return this.fail(field, `${v.length.toLocaleString('en')} characters, more than the ${rule.max[0].toLocaleString('en')} ${rule.max[1]}`);
    }
    if (rule.pattern && v && !rule.pattern[0].test(v)) return this.fail(field, `expected ${rule.pattern[1]}, got ${shown(v)}`);
    return true;
  }

  time(o: Obj, field: string, nullable = false): boolean {
    if (!this.string(o, field, { nullable, max: [40, 'a time may have'] })) return false;
    const v = o[field];
    if (typeof v === 'string' && (!INSTANT.test(v) || Number.isNaN(Date.parse(v)))) {
      return this.fail(field, `not an ISO 8601 time (2024-05-10T08:00:00.000Z): ${shown(v)}`);
    }
    return true;
  }

  integer(o: Obj, field: string, min: number, max: number, what: string): boolean {
    const v = o[field];
    if (!Number.isInteger(v) || (v as number) < min || (v as number) > max) {
      return this.fail(field, `expected ${what} (a whole number from ${min} to ${max.toLocaleString('en')}), got ${shown(v)}`);
    }
    return true;
  }
}

/** A record id: letters, digits, "-" and "_" (randomId() output, and older ids). */
export const ID: [RegExp, string] = [/^[\w-]+$/, 'an id of letters, digits, "-" and "_"'];
/** An article key (lib/store/article-key). */
export const KEY: [RegExp, string] = [ARTICLE_KEY, 'an article key (people:<id>, en:<id>, <paper>:<date>:<page>:<n>, <paper>:content:<id>)'];
