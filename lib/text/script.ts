/**
 * Which Han script a text is written in, from the characters alone, and a fold
 * of the few traditional forms the page-furniture patterns read. No dictionary:
 * this runs in the content script on every article page.
 * @module lib/text/script
 */

/**
 * Frequent characters whose traditional and simplified forms differ, as
 * traditional-simplified pairs (standard forms, as the /BIG5/ mirror writes them).
 * They cover the words People's Daily furniture is made of (來源, 責任編輯,
 * 原標題, 本報記者, 新華社…電) and the most common words of news prose.
 */
const PAIRS =
  '這这們们來来說说國国會会時时與与為为對对發发學学經经問问關关從从開开無无頭头點点實实現现' +
  '應应動动見见長长後后過过還还進进變变讓让書书東东車车門门華华語语員员區区義义條条組组億亿' +
  '萬万機机樣样議议報报導导總总務务營营濟济產产業业農农體体設设計计術术統统興兴強强歲岁幾几' +
  '傳传觀观歷历參参戰战將将據据環环際际衛卫線线級级價价費费聯联網网電电話话親亲黨党領领' +
  '責责編编輯辑標标題题記记訊讯攝摄訪访習习評评論论專专欄栏圖图內内頁页閱阅讀读擊击掃扫碼码' +
  '眾众號号廣广場场歡欢團团龍龙鄉乡縣县徵征轉转適适選选當当樂乐寫写麼么雙双邊边';

const TO_SIMPLIFIED = new Map<string, string>();
/** Per UTF-16 unit: 1 for the traditional form of a pair, 2 for a simplified form (all pairs are BMP). */
const FORM = new Uint8Array(0x10000);
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  TO_SIMPLIFIED.set(PAIRS[i], PAIRS[i + 1]);
  FORM[PAIRS.charCodeAt(i + 1)] ||= 2;
}
for (let i = 0; i + 1 < PAIRS.length; i += 2) FORM[PAIRS.charCodeAt(i)] = 1;
/** Any traditional form of the pairs (one BMP unit each), for folding with one native replace. */
const TRADITIONAL = new RegExp(`[${[...TO_SIMPLIFIED.keys()].join('')}]`, 'g');

/**
 * 'hant' when the text is written in traditional characters, 'hans' when in
 * simplified ones, null when it has too few of the telling characters to say
 * (a short or non-Chinese text). Counts the traditional-only and the
 * simplified-only forms of the frequent pairs above; a simplified page that
 * quotes one traditional name stays 'hans'.
 */
export function hanScript(text: string): 'hans' | 'hant' | null {
  let traditional = 0;
  let simplified = 0;
  // Unit by unit: every form of the pairs is one BMP unit, and no surrogate is one of them.
  for (let i = 0; i < text.length; i++) {
    const form = FORM[text.charCodeAt(i)];
    if (form === 1) traditional++;
    else if (form === 2) simplified++;
  }
  if (traditional + simplified < 3) return null;
  return traditional > 2 * simplified ? 'hant' : 'hans';
}

/**
 * The text with the traditional forms of the pairs above folded to simplified,
 * character for character (same length, same offsets): what the patterns for
 * datelines, sources, editor and byline lines read, so 來源： and 責任編輯 on the
 * /BIG5/ mirror match like 来源： and 责任编辑.
 */
export function foldFurniture(text: string): string {
  return text.replace(TRADITIONAL, (ch) => TO_SIMPLIFIED.get(ch)!);
}

/** Fold runs of white space (full-width included) into one ASCII space and trim. */
export function foldSpace(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}
