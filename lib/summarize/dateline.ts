/**
 * Datelines and bylines: the news-agency furniture at the top of an article
 * (本报北京5月9日电（记者 …）, 新华社北京4月24日电, 本报讯（记者叶婉）) and
 * paragraphs that are only a byline (新华社记者, 本报记者 王乐文 方敏).
 * @module lib/summarize/dateline
 */

/** A dateline found at the start of a paragraph, with its offsets. */
export interface Dateline { start: number; end: number; text: string }

const NUM = '[0-9０-９一二三四五六七八九十〇]{1,3}';
const AGENCY = '(?:本报|新华社|人民网|人民日报|中新社|中新网|央视网|央视新闻|光明网|新华网|经济日报|光明日报|工人日报|中国日报网|国际在线|环球网|法治日报|科技日报|中国青年报|北京日报|解放日报)';
/** The reporters' credit after a dateline, also after a space or unbracketed: 人民网合肥11月8日电 （记者钱伟）, 本报香港1月2日电记者贾昭全报道：. */
const CREDIT = '(?:[\\s　]*(?:[（(][^（）()\\n]{1,80}[）)]|(?:本报|新华社)?记者[\\u4e00-\\u9fa5、·・\\s　]{1,20}?报道[：:]?))?';
/**
 * Agency + optional place + date + 电 (新华社北京4月24日电), or an undated 本报讯 /
 * 新华社电 / 新华社北京电, with an optional (记者 …) credit. An undated form must be
 * followed by its credit, a space or a colon, so 新华社记者日前获悉电力… is no dateline.
 */
const DATELINE = new RegExp(
  `^据?(?:${AGENCY}(?:驻?[\\u4e00-\\u9fa5]{1,12}?)?(?:${NUM}月)?${NUM}日(?:电|讯)|${AGENCY}讯|${AGENCY}(?!记者)[\\u4e00-\\u9fa5]{0,6}?电(?=[（(\\s　：:]))${CREDIT}`,
);
/** A paragraph that is only a byline or a photo/edit credit. */
const BYLINE = /^(?:[（(]?(?:本报|新华社|人民日报|人民网)?(?:特约)?(?:记者|通讯员|评论员|实习生|编者)[\s　\u4e00-\u9fa5、·・]{0,30}[）)]?|[（(][^（）()]{0,40}(?:摄|报道|记者)[^（）()]{0,20}[）)]|责任编辑[:：].*|（责编[:：].*）)$/;

/** How far into a paragraph a dateline is looked for (characters). */
export const DATELINE_REACH = 120;

/** The dateline at the start of a text range, or null. */
export function findDateline(text: string, start = 0, end = text.length): Dateline | null {
  const m = DATELINE.exec(text.slice(start, Math.min(end, start + DATELINE_REACH)));
  if (!m) return null;
  return { start, end: start + m[0].length, text: m[0] };
}

/**
 * The article's dateline: at the start of the first paragraph, or of the second
 * when the first is a short subtitle or byline line (no full stop). Returns the
 * dateline and the index of its paragraph.
 */
export function leadDateline(text: string, paragraphs: { start: number; end: number }[]): (Dateline & { para: number }) | null {
  for (let i = 0; i < Math.min(2, paragraphs.length); i++) {
    const p = paragraphs[i];
    const d = findDateline(text, p.start, p.end);
    if (d) return { ...d, para: i };
    const s = text.slice(p.start, p.end);
    if (s.length > 40 || /[。！？]/.test(s)) break;
  }
  return null;
}

/** A paragraph of bracketed credits only: （新华社记者张鲁成摄）（传真照片）. */
const CREDITS_ONLY = /^(?:[（(][^（）()]{0,40}[）)])+$/;

/** True when a paragraph is only a byline or credit, never a heading or a summary sentence. */
export function isByline(paragraph: string): boolean {
  const p = paragraph.trim();
  return BYLINE.test(p) || (CREDITS_ONLY.test(p) && /摄|记者|照片|图/.test(p));
}
