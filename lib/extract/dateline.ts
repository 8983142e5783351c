/**
 * The visible date line of an article (2024年05月10日06:58 | 来源：人民网－人民日报)
 * and what it says: the publish time and the source. The site's templates put
 * it in many places (.box01 .fl, #p_publishtime, p.sou, .text_c h5 …); a page of
 * an unknown template still has one right under its headline, so after the
 * known places the line is looked for there.
 * @module lib/extract/dateline
 */
import { foldFurniture, foldSpace } from '../text/script';

/** Date lines by template: 2020+ channel, 2016–19 channel, health, 2007–12 /GB/ (#p_publishtime),
 * 2012–19 (p.sou, .text_c h5), galleries (.page_c .fr), e-paper and English, the old table layout. */
export const DATELINE_SELECTORS = [
  '.channel .col-1-1', '.box01 .fl', '.artOri', '#p_publishtime', 'p.sou', '.text_c h5', '.page_c .fr',
  '.origin', '.date', '.sec', '.text_title .fl', 'td.ly_red',
];

/** 2024年05月10日06:58, 2024年5月10日 08:30 (a Chinese date line). */
const CN_DATETIME = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(\d{1,2})\s*[:：]\s*(\d{2}))?/;
/** 2024-05-10 06:58, 2024/05/10 (templates of the mobile site, the speeches database, other editions). */
const ISO_DATETIME = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)(?:\s+(\d{1,2}):(\d{2}))?/;
/** 11:35, November 23, 2022 (the English site). */
const EN_DATETIME = /(\d{1,2}):(\d{2}),\s*([A-Z][a-z]+)\s+(\d{1,2}),\s*(\d{4})/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: string | number) => String(n).padStart(2, '0');

function iso(y: string, m: string, d: string, hh?: string, mm?: string): string | null {
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31 || Number(y) < 1946) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return hh !== undefined && mm !== undefined && Number(hh) < 24 ? `${date}T${pad(hh)}:${mm}:00+08:00` : date;
}

/** "2024年05月10日06:58", "2024-05-10 06:58" or "11:35, November 23, 2022" → ISO 8601 in
 * Beijing time (+08:00). A date with no time stays a plain ISO date rather than inventing midnight. */
export function parseDateline(text: string): string | null {
  const cn = CN_DATETIME.exec(text);
  if (cn) return iso(cn[1], cn[2], cn[3], cn[4], cn[5]);
  const en = EN_DATETIME.exec(text);
  if (en && MONTHS.includes(en[3])) return iso(en[5], String(MONTHS.indexOf(en[3]) + 1), en[4], en[1], en[2]);
  const num = ISO_DATETIME.exec(text);
  return num ? iso(num[1], num[2], num[3], num[4], num[5]) : null;
}

/** "来源：人民网－人民日报" (or 來源： on the /BIG5/ mirror) → "人民网－人民日报"; English "(People's Daily Online) 11:35…". */
export function sourceFrom(text: string | null): string | null {
  if (!text) return null;
  const folded = foldFurniture(text);
  const m = /(?:来源|稿源|出处)\s*[:：]\s*([^|｜\s][^|｜]*?)\s*(?:[|｜]|责任编辑|责编|作者|$)/.exec(folded);
  if (m) {
    // The pattern reads the folded copy; the source keeps the page's own characters.
    const start = m.index + m[0].indexOf(m[1]);
    return text.slice(start, start + m[1].length).replace(/\s+/g, ' ').trim() || null;
  }
  // English: "(People's Daily Online) 11:35, November 23, 2022", "By Wang Wei (People's Daily) 08:38, March 15, 2013".
  const en = /^\(([^()]{3,80})\)/.exec(text.trim()) ?? /\(([^()]{3,80})\)\s*\d{1,2}:\d{2}/.exec(text);
  return en ? en[1].trim() : null;
}

/** The English byline of a date line: "By Wang Wei (People's Daily) 08:38, …" → "Wang Wei". */
export function englishByline(text: string | null): string | null {
  const m = text ? /^By\s+([^()]{2,80}?)\s*\(/.exec(text.trim()) : null;
  return m ? m[1] : null;
}

/** Element text with white space folded, or '' for null. */
function textOf(el: Element | null): string {
  return foldSpace(el?.textContent ?? '');
}

/** A short line with a date in it: a date line, not a paragraph that mentions a date. */
function isDateLine(text: string): boolean {
  return text.length > 0 && text.length <= 200 && parseDateline(text) !== null;
}

/**
 * The article's date line: the first known template place that holds a date,
 * else the first short element with a date after the headline (`title`), before
 * the body (`bodyRoot`). Null when the page shows none.
 */
export function findDateLine(doc: Document, title: Element | null, bodyRoot: Element | null): string | null {
  for (const selector of DATELINE_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const text = textOf(el);
      if (isDateLine(text)) return text;
    }
  }
  if (!title) return null;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* SHOW_ELEMENT */);
  walker.currentNode = title;
  for (let n = walker.nextNode() as Element | null, seen = 0; n && seen < 60; n = walker.nextNode() as Element | null, seen++) {
    if (title.contains(n)) continue;
    if (bodyRoot && (n === bodyRoot || bodyRoot.contains(n))) break;
    if (/^(SCRIPT|STYLE|A|LI)$/.test(n.tagName)) continue;
    const text = textOf(n);
    if (isDateLine(text)) return text;
  }
  return null;
}
