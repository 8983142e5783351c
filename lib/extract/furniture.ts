/**
 * Lines of an article body that are furniture, not prose, and what they say:
 * the editor line, the print-edition line, share prompts, the 原标题：… line
 * (the title where the article first appeared), box-marked bylines
 * (□ 本报记者 王昊男) and the reporter credit that follows an opening dateline
 * (本报讯（记者叶婉）…) or ends a wire story (…（记者宋晨、田中全）). The patterns
 * read a folded copy, so the /BIG5/ mirror's 責任編輯 and 原標題 match too.
 * @module lib/extract/furniture
 */
import { foldFurniture, foldSpace } from '../text/script';
import { findDateline } from '../summarize/dateline';

/** The editor line: （责编：胡永秋、杨光宇）, (责任编辑：郝帅), and the English site's (Web editor: Hongyu, Du Mingming). */
export const EDITOR_LINE = /^[（(]\s*(?:责(?:任)?编(?:辑)?|(?:[Ww]eb\s+)?[Ee]ditors?)\s*[:：]\s*([^)）]*?)\s*[)）]$/;
export const EDITION_LINE = /^《\s*人民日报[^》]*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*第?\s*\d+\s*版\s*[)）]$/;
const SHARE_LINE = /^(分享让更多人看到|分享到[:：]?|点击进入.*|关注公众号[:：].*|返回顶部|扫码.*)$/;
/** Copyright and disclaimer blocks (版权声明 …, 人民网版权所有, Copyright … All Rights Reserved). */
const NOTICE_LINE = /^(版权声明|免责声明)|版权所有|仅供.{0,30}(阅读|使用).{0,40}未经.{0,30}(授权|许可)|^Copyright\b|All Rights Reserved/i;
export const ORIGINAL_TITLE = /^[（(]?\s*原标题\s*[:：]\s*(.+?)\s*[）)]?$/;
/** A byline set off by a box (□ 本报记者 王昊男, ■ 记者 张三 李四): names, no sentence. */
const BOX_BYLINE = /^[□■◇◆]\s*([^。！？，；]{2,40})$/;
/** A reporter credit in parentheses: （记者叶婉）, （记者宋晨、田中全）, (本报通讯员 王某). */
const CREDIT = /[（(]\s*((?:本报|新华社|人民日报|人民网)?(?:特约)?(?:记者|通讯员)[\s\u3000\u4e00-\u9fa5、·・]{1,60}?)\s*[）)]/;
const CREDIT_AT_END = new RegExp(`${CREDIT.source}\\s*$`);
const CREDIT_NEXT = new RegExp(`^[\\s\u3000]*${CREDIT.source}`);

/** 'share' covers every line that is dropped with nothing to keep: share prompts, copyright notices. */
export type LineKind = 'editor' | 'edition' | 'share' | 'originalTitle' | null;

/** What a whole body line is when it is furniture (null: prose), with the value it carries. */
export function furnitureLine(text: string): { kind: LineKind; value: string } {
  const folded = foldFurniture(text);
  const editor = EDITOR_LINE.exec(folded);
  if (editor) return { kind: 'editor', value: group(text, editor, 1).trim() };
  if (EDITION_LINE.test(folded)) return { kind: 'edition', value: text };
  if (SHARE_LINE.test(folded) || NOTICE_LINE.test(folded)) return { kind: 'share', value: text };
  const original = ORIGINAL_TITLE.exec(folded);
  if (original) return { kind: 'originalTitle', value: group(text, original, 1) };
  return { kind: null, value: text };
}

/** Group `g` of a match made on the folded copy, in the page's own characters (same offsets). */
function group(text: string, m: RegExpExecArray, g: number): string {
  const start = m.index + m[0].indexOf(m[g]);
  return text.slice(start, start + m[g].length);
}

/** The byline a box-marked line gives (□ 本报记者 王昊男 → 本报记者 王昊男), or null. */
export function boxByline(text: string): string | null {
  const m = BOX_BYLINE.exec(text.trim());
  return m && /记者|通讯员|作者|撰文|文\/|本报/.test(foldFurniture(m[1])) ? m[1].trim() : null;
}

/**
 * The reporter credit of a body: the one in parentheses right after the opening
 * dateline of the first paragraph (本报北京5月9日电（记者王昊男）), else the one
 * closing the last paragraph (…造福全人类。（记者宋晨、田中全）). Null when neither.
 */
export function creditOf(first: string, last: string): string | null {
  const folded = foldFurniture(first);
  const dateline = findDateline(folded);
  if (dateline) {
    // The credit is part of the dateline (…电（记者王昊男）) or follows it after a space (…电 （记者 杨曦）).
    const m = CREDIT.exec(folded.slice(0, dateline.end));
    if (m && m.index + m[0].length === dateline.end) return foldSpace(group(first, m, 1));
    const next = CREDIT_NEXT.exec(folded.slice(dateline.end));
    if (next) return foldSpace(first.slice(dateline.end).slice(next.index + next[0].indexOf(next[1])).slice(0, next[1].length));
  }
  const tail = CREDIT_AT_END.exec(foldFurniture(last));
  return tail ? foldSpace(group(last, tail, 1)) : null;
}

