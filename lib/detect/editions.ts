/**
 * The language editions of People's Daily online, by host: the foreign-language
 * sites (en.people.cn, j.people.com.cn, french.peopledaily.com.cn …) and the
 * sites in China's minority languages (tibet., uyghur., mongol. …). Everything
 * else on a People's Daily host is a Chinese channel. Note the Chinese-language
 * channels about a country (japan., korea., ru.people.com.cn) are not editions.
 * @module lib/detect/editions
 */

/** Host label (the first label, or the first two for en.peopledaily…) → BCP 47 language. */
const EDITION_LABELS: Record<string, string> = {
  en: 'en', english: 'en',
  j: 'ja',
  kr: 'ko', korean: 'ko',
  french: 'fr',
  spanish: 'es',
  russian: 'ru',
  arabic: 'ar',
  german: 'de',
  portuguese: 'pt',
  italian: 'it',
  mongol: 'mn',
  tibet: 'bo',
  uyghur: 'ug',
  kazakh: 'kk',
  yi: 'ii',
  zhuang: 'za',
};

/**
 * The edition's language for a People's Daily host and path: 'zh' for the
 * Chinese channels, 'en' for the English site (also the old /english/ path on
 * www.peopledaily.com.cn), else the edition's language code.
 */
export function editionOf(host: string, path: string): string {
  const label = host.toLowerCase().replace(/^www\./, '').split('.')[0];
  const lang = EDITION_LABELS[label];
  if (lang) return lang;
  if (/^\/english\//i.test(path)) return 'en';
  return 'zh';
}
