/**
 * Message lookup: a catalogue section is a pair of tables (English and Chinese)
 * with the same keys; a translator for one locale replaces `{name}` placeholders
 * with the given values and picks a plural form by Intl.PluralRules, so English
 * says "1 highlight" and "2 highlights" while Chinese has one form.
 * @module lib/i18n/translate
 */
import type { Locale } from './locale';

/** One part of the catalogue: the same keys in both languages (checked by the compiler and a test). */
export type Section<K extends string> = Record<Locale, Record<K, string>>;

/** Define a section; the Chinese table must have exactly the English table's keys. */
export function section<K extends string>(en: Record<K, string>, zh: Record<K, string>): Section<K> {
  return { en, 'zh-CN': zh };
}

/** Values for `{name}` placeholders. */
export type Params = Record<string, string | number>;

/** The message for `key` in one locale. Plural messages come in pairs `key_one` / `key_other`. */
export interface Translator<K extends string> {
  locale: Locale;
  (key: K, params?: Params): string;
  /** `base_one` or `base_other` chosen by `count` (also passed as the `{count}` placeholder). */
  plural(base: PluralBase<K>, count: number, params?: Params): string;
}

/** Keys that have `_one` / `_other` forms, without the suffix. */
export type PluralBase<K extends string> = K extends `${infer B}_other` ? B : never;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** Replace `{name}` with params.name; an unknown placeholder is left as written (a visible bug, never a crash). */
export function interpolate(message: string, params?: Params): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The keys of a section. */
export type KeyOf<S> = S extends Section<infer K> ? K : never;

/** A translator over the merged `sections` for `locale`. */
export function createTranslator<S extends Section<string>[]>(locale: Locale, ...sections: S): Translator<KeyOf<S[number]>> {
  type K = KeyOf<S[number]>;
  const table = Object.assign({}, ...sections.map((s) => s[locale])) as Record<string, string>;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const t = ((key: K, params?: Params) => interpolate(table[key] ?? key, params)) as Translator<K>;
  t.locale = locale;
  t.plural = (base, count, params) => {
    const form = rules!.select(count) === 'one' ? 'one' : 'other';
    const key = `${base}_${form}`;
    return interpolate(table[key] ?? table[`${base}_other`] ?? key, { count, ...params });
  };
  return t;
}
