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

/** Syllabic scripts, where one character is about one syllable: Han, kana, Hangul, Yi (UTF-16 units). */
function isSyllabic(unit: number): boolean {
  return (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff) || (unit >= 0x3040 && unit <= 0x30ff)
    || (unit >= 0xac00 && unit <= 0xd7af) || (unit >= 0xa000 && unit <= 0xa4cf);
}

/** Letters and marks of every script (\p{L}, \p{M}); other code points answered once and kept. */
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const letterOrMark = new Map<number, boolean>();
function isLetterOrMark(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a);
  let known = letterOrMark.get(codePoint);
  if (known === undefined) letterOrMark.set(codePoint, (known = LETTER_OR_MARK.test(String.fromCodePoint(codePoint))));
  return known;
}

/**
 * A script-fair measure of text amount: one per Han (kana, Hangul, Yi) character,
 * two per word of an alphabetic script (Latin, Cyrillic, Arabic, Tibetan, Mongolian),
 * as a Chinese word is about two characters. A word is a run of two or more letters or
 * marks (code points) between syllabic characters and everything else. One pass over the
 * text, with no match arrays: a 4.9 MB body is measured in milliseconds.
 */
export function textWeight(text: string): number {
  let syllabic = 0;
  let words = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let codePoint = unit;
    if (isSyllabic(unit)) syllabic++;
    else {
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          codePoint = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      if (isLetterOrMark(codePoint)) {
        run++;
        continue;
      }
    }
    if (run >= 2) words++;
    run = 0;
  }
  if (run >= 2) words++;
  return syllabic + words * 2;
}

/** Minimum text weight for a body: below this the page has no article text. */
export const MIN_BODY_WEIGHT = 60;

/**
 * True when the text of `el`'s paragraphs (or, with none, all its text) weighs MIN_BODY_WEIGHT.
 * Weighs growing prefixes (1, 2, 4 … paragraphs) and stops at the first that is enough: adding
 * text never lowers the weight, so the answer is the whole text's, and a huge body is not read
 * whole to learn that its first paragraphs are text.
 */
function hasBodyText(el: Element): boolean {
  const paragraphs = el.querySelectorAll('p');
  let text = '';
  let check = 1;
  for (let i = 0; i < paragraphs.length; i++) {
    text += paragraphs[i].textContent ?? '';
    if (i + 1 === check || i === paragraphs.length - 1) {
      if (textWeight(text) >= MIN_BODY_WEIGHT) return true;
      check *= 2;
    }
  }
  return text ? false : textWeight(el.textContent ?? '') >= MIN_BODY_WEIGHT;
}

/** The first site body container with real text in it, or null. */
export function findBodyContainer(doc: Document): Element | null {
  for (const selector of BODY_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(selector))) if (hasBodyText(el)) return el;
  }
  return null;
}
