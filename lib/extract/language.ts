/**
 * The language of an article body, from the scripts its letters are written in,
 * with the edition's language (from the host) as the hint a script cannot give:
 * Latin letters are English, French, Spanish… and Arabic letters are Arabic,
 * Uyghur or Kazakh. Only 'zh' runs the Chinese analyses.
 * @module lib/extract/language
 */
import { finish, type Steps } from '../dom/steps';

/** Scripts counted, letter by letter (UTF-16 units in these ranges). */
const SCRIPTS = ['han', 'kana', 'hangul', 'latin', 'cyrillic', 'arabic', 'tibetan', 'mongolian', 'yi'] as const;
type Script = (typeof SCRIPTS)[number];

/** The script of one UTF-16 unit, or null (digits, punctuation, other scripts). */
function scriptOf(u: number): Script | null {
  if ((u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff)) return 'han';
  // Kana letters; not the katakana middle dot and the prolonged sound mark (U+30FB, U+30FC), which
  // Chinese text uses between the parts of foreign names (图帕克・卡塔里) and in loanwords.
  if (u >= 0x3040 && u <= 0x30ff && u !== 0x30fb && u !== 0x30fc) return 'kana';
  if ((u >= 0xac00 && u <= 0xd7af) || (u >= 0x1100 && u <= 0x11ff) || (u >= 0x3130 && u <= 0x318f)) return 'hangul';
  if ((u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) || (u >= 0xc0 && u <= 0x24f)) return 'latin';
  if (u >= 0x400 && u <= 0x4ff) return 'cyrillic';
  if ((u >= 0x600 && u <= 0x6ff) || (u >= 0x750 && u <= 0x77f) || (u >= 0xfb50 && u <= 0xfdff) || (u >= 0xfe70 && u <= 0xfeff)) return 'arabic';
  if (u >= 0xf00 && u <= 0xfff) return 'tibetan';
  if (u >= 0x1800 && u <= 0x18af) return 'mongolian';
  if (u >= 0xa000 && u <= 0xa4cf) return 'yi';
  return null;
}

/** Characters counted between two yields of scriptCounts. */
const COUNT_STEP = 1 << 16;

/** Letters per script, and Latin words (runs of two or more Latin letters), in one pass (steps: yields every COUNT_STEP characters). */
function* scriptCounts(text: string): Steps<{ counts: Record<Script, number>; latinWords: number }> {
  const counts = Object.fromEntries(SCRIPTS.map((name) => [name, 0])) as Record<Script, number>;
  let latinWords = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (i % COUNT_STEP === COUNT_STEP - 1) yield;
    const script = scriptOf(text.charCodeAt(i));
    if (script) counts[script]++;
    if (script === 'latin') run++;
    else {
      if (run >= 2) latinWords++;
      run = 0;
    }
  }
  if (run >= 2) latinWords++;
  return { counts, latinWords };
}

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
  return finish(languageOfSteps(text, edition));
}

/** languageOf as steps (lib/dom/steps), for a huge body. */
export function* languageOfSteps(text: string, edition = 'zh'): Steps<string> {
  const { counts, latinWords } = yield* scriptCounts(text);
  // Japanese mixes kana into Han text (a fifth of the letters and more); a Chinese text has (next
  // to) none, but a long one may quote a Japanese name or title: a share, not a count, decides.
  if (counts.kana > 0 && counts.kana >= counts.han / 10) return 'ja';
  // A Han character is a word or half of one; a Latin word is several letters: compare like with like.
  const weight: Record<string, number> = { ...counts, latin: latinWords * 2 };
  if (weight.han >= weight.latin / 2 || weight.han > 200) {
    if (weight.han >= Math.max(weight.hangul, weight.cyrillic, weight.arabic, weight.tibetan, weight.mongolian, weight.yi)) return 'zh';
  }
  let best = 'latin';
  for (const name of SCRIPTS) if (name !== 'han' && name !== 'kana' && weight[name] > weight[best]) best = name;
  if (weight[best] === 0) return weight.han > 0 ? 'zh' : edition;
  return EDITION_SCRIPT[edition] === best ? edition : SCRIPT_LANGUAGE[best];
}
