/**
 * The UI's two languages and how one is chosen: the reader's setting wins; with
 * "auto" the browser's preferred languages decide (the first that is Chinese or
 * English), and English serves every other language, because a reader whose
 * browser speaks neither reads English UI more easily than Chinese.
 * @module lib/i18n/locale
 */

/** A UI language, as a BCP 47 tag (also what `lang` attributes get). */
export type Locale = 'zh-CN' | 'en';

/** The reader's choice in the options: a language, or follow the browser. */
export type UiLanguage = 'auto' | Locale;

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/**
 * The locale to show. `browserLanguages` is `navigator.languages` (most preferred
 * first, e.g. ['zh-TW', 'en-US']); any Chinese tag (zh, zh-Hans, zh-TW, zh-HK) gives
 * the Chinese UI, which is written in simplified characters like the site itself.
 */
export function chooseLocale(setting: UiLanguage, browserLanguages: readonly string[]): Locale {
  if (setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
