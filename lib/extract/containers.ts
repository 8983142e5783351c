/**
 * The site's own body containers, one per People's Daily template, and the
 * parts inside them that are never article text.
 * @module lib/extract/containers
 */

/** Body containers, most specific first (2020+ channel, 2016–19 channel, health,
 * e-paper, English, 2007–15 #p_content, the .text_c layout's .show_text/.text_show,
 * the old table layout's font#zoom, the 2009–12 English .wb_12). */
export const BODY_SELECTORS = [
  '.rm_txt_con', '#rwb_zw', '.artDet', '#ozoom', '.d2txtCon', '.w860.d2txtCon', '#p_content',
  '.show_text', '.text_show', '.box_con', '.text_con', '#zoom', '.wb_12', '.article-box', '.article',
];

/** Elements inside a body container that are page furniture, not text. */
export const FURNITURE_SELECTOR = [
  '.edit', '.editor', '.paper_num', '#paper_num', '.zdfy', '.box_pic', '.bza', '.tjewm', '.share', '.fx',
  '#ops_share', '.message', '.rm_relevant', '.route', '.origin', '.rwb_navpath', '.page_n', '.otitle',
  'h1', 'center', '.title', '.artOri', 'form', '.ad', '[id^="_sa"]',
].join(',');

/** Syllabic scripts, where one character is about one syllable: Han, kana, Hangul, Yi. */
const SYLLABIC = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af\ua000-\ua4cf]/g;
/** Words (or Tibetan syllables) of the alphabetic scripts: Latin, Cyrillic, Arabic, Tibetan, Mongolian. */
const ALPHABETIC_WORD = /[\p{L}\p{M}]{2,}/gu;

/**
 * A script-fair measure of text amount: one per Han (kana, Hangul, Yi) character,
 * two per word of an alphabetic script (Latin, Cyrillic, Arabic, Tibetan, Mongolian),
 * as a Chinese word is about two characters.
 */
export function textWeight(text: string): number {
  const syllabic = text.match(SYLLABIC)?.length ?? 0;
  const words = text.replace(SYLLABIC, ' ').match(ALPHABETIC_WORD)?.length ?? 0;
  return syllabic + words * 2;
}

/** Minimum text weight for a body: below this the page has no article text. */
export const MIN_BODY_WEIGHT = 60;

/** The first site body container with real text in it, or null. */
export function findBodyContainer(doc: Document): Element | null {
  for (const selector of BODY_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const paragraphsText = Array.from(el.querySelectorAll('p')).map((p) => p.textContent ?? '').join('');
      const weight = textWeight(paragraphsText || el.textContent || '');
      if (weight >= MIN_BODY_WEIGHT) return el;
    }
  }
  return null;
}
