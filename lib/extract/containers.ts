/**
 * The site's own body containers, one per People's Daily template, and the
 * parts inside them that are never article text.
 * @module lib/extract/containers
 */

/** Body containers, most specific first (2020+ channel, 2016–19 channel, health,
 * e-paper, English, older GB templates). */
export const BODY_SELECTORS = [
  '.rm_txt_con', '#rwb_zw', '.artDet', '#ozoom', '.d2txtCon', '.w860.d2txtCon', '#p_content',
  '.show_text', '.box_con', '.text_con', '.article-box', '.article',
];

/** Elements inside a body container that are page furniture, not text. */
export const FURNITURE_SELECTOR = [
  '.edit', '.editor', '.paper_num', '#paper_num', '.zdfy', '.box_pic', '.bza', '.tjewm', '.share', '.fx',
  '#ops_share', '.message', '.rm_relevant', '.route', '.origin', '.rwb_navpath', '.page_n', '.otitle',
  'h1', 'center', '.title', '.artOri', 'form', '.ad', '[id^="_sa"]',
].join(',');

/** Count Han characters plus Latin words: a script-fair measure of text amount. */
export function textWeight(text: string): number {
  const han = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const latinWords = text.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  return han + latinWords * 2;
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
