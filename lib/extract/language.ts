/**
 * The language of an article body, from the scripts its letters are written in,
 * with the edition's language (from the host) as the hint a script cannot give:
 * Latin letters are English, French, Spanish… and Arabic letters are Arabic,
 * Uyghur or Kazakh. Only 'zh' runs the Chinese analyses.
 * @module lib/extract/language
 */

/** Letters per script: Han, kana, Hangul, Latin, Cyrillic, Arabic, Tibetan, Mongolian, Yi. */
const SCRIPTS: [name: string, re: RegExp][] = [
  ['han', /[\u3400-\u9fff\uf900-\ufaff]/g],
  ['kana', /[\u3040-\u30ff]/g],
  ['hangul', /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/g],
  ['latin', /[A-Za-z\u00c0-\u024f]/g],
  ['cyrillic', /[\u0400-\u04ff]/g],
  ['arabic', /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g],
  ['tibetan', /[\u0f00-\u0fff]/g],
  ['mongolian', /[\u1800-\u18af]/g],
  ['yi', /[\ua000-\ua4cf]/g],
];

/** The language a script means when the edition gives no better hint. */
const SCRIPT_LANGUAGE: Record<string, string> = {
  han: 'zh', kana: 'ja', hangul: 'ko', latin: 'en', cyrillic: 'ru', arabic: 'ar', tibetan: 'bo', mongolian: 'mn', yi: 'ii',
};
/** Which script each edition language is written in (Zhuang in Latin letters, Uyghur and Kazakh in Arabic). */
const EDITION_SCRIPT: Record<string, string> = {
  zh: 'han', ja: 'kana', ko: 'hangul', en: 'latin', fr: 'latin', es: 'latin', de: 'latin', pt: 'latin', it: 'latin',
  za: 'latin', ru: 'cyrillic', ar: 'arabic', ug: 'arabic', kk: 'arabic', bo: 'tibetan', mn: 'mongolian', ii: 'yi',
};

/**
 * The body's language as a BCP 47 primary subtag: 'zh' when Han characters carry
 * the text (a Chinese article quoting English stays 'zh'), 'ja' when kana are a
 * real part of it (Japanese is written with Han characters too), else the
 * language of the dominant script, or the edition's language when it is written
 * in that script. `edition` comes from the host (lib/detect/editions).
 */
export function languageOf(text: string, edition = 'zh'): string {
  const counts = Object.fromEntries(SCRIPTS.map(([name, re]) => [name, text.match(re)?.length ?? 0]));
  const latinWords = text.match(/[A-Za-z\u00c0-\u024f]{2,}/g)?.length ?? 0;
  // Japanese mixes kana into Han text; a Chinese text has (next to) none.
  if (counts.kana >= 20 || (counts.kana > 0 && counts.kana >= counts.han / 10)) return 'ja';
  // A Han character is a word or half of one; a Latin word is several letters: compare like with like.
  const weight: Record<string, number> = { ...counts, latin: latinWords * 2 };
  if (weight.han >= weight.latin / 2 || weight.han > 200) {
    if (weight.han >= Math.max(weight.hangul, weight.cyrillic, weight.arabic, weight.tibetan, weight.mongolian, weight.yi)) return 'zh';
  }
  let best = 'latin';
  for (const [name] of SCRIPTS) if (name !== 'han' && name !== 'kana' && weight[name] > weight[best]) best = name;
  if (weight[best] === 0) return weight.han > 0 ? 'zh' : edition;
  return EDITION_SCRIPT[edition] === best ? edition : SCRIPT_LANGUAGE[best];
}
