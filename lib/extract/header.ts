/**
 * The header lines a wire story carries at the top of its body, which are furniture
 * and not prose: the dateline glued to a repeat of the headline (新华社北京4月24日电　题：…,
 * Xinhua's form for features and commentaries) and a byline standing as its own
 * paragraph (新华社记者, 新华社记者 高敬 侯雪静, 本报记者 王乐文 方  敏). A standalone
 * reporter credit closing the body (（记者宋晨、田中全）) is the same furniture at the
 * other end. The patterns read a folded copy, so the /BIG5/ mirror's 記者 and 題 match too.
 * @module lib/extract/header
 */
import { foldFurniture, foldSpace } from '../text/script';
import { findDateline } from '../summarize/dateline';

/** What the header lines said, and which paragraphs they were (indices into the input). */
export interface StoryHeader {
  /** Paragraph indices to take out of the body. */
  drop: number[];
  /** The dateline of a `题：` line (新华社北京4月24日电), or null. */
  dateline: string | null;
  /** The headline repeated after 题：, or null. */
  title: string | null;
  /** The byline of a byline-only paragraph (新华社记者 高敬), or null. */
  byline: string | null;
}

/** Newsrooms whose staff sign a byline (新华社记者, 本报记者, 人民日报特约记者 …). */
const NEWSROOM = '(?:本报|新华社|人民日报|人民网|中新社|中新网|光明日报|经济日报|央视|中央广播电视总台)';
/** One name of a byline: up to four Han characters (a padded 方  敏 is two), or a dotted minority or foreign name. */
const NAME = '(?:[\\u4e00-\\u9fa5]{1,8}[·・][\\u4e00-\\u9fa5·・]{1,16}|[\\u4e00-\\u9fa5]{1,4})';
/** Names in a byline, separated by spaces or 、. */
const NAMES = `${NAME}(?:[\\s　、]+${NAME}){0,8}`;
/** A paragraph that is a byline and nothing else: 新华社记者, 本报记者 王乐文 方  敏, 作者：新华社记者 X. */
const BYLINE_ONLY = new RegExp(`^(?:作者[:：]\\s*)?(?:${NEWSROOM}(?:特约|驻[\\u4e00-\\u9fa5]{1,8})?)?(?:记者|通讯员|特约记者)(?:[\\s　]*${NAMES})?$`);
/** 题：… after a dateline: the repeated headline (no sentence inside: it ends before any 。). */
const TITLE_AFTER = /^[\s　]*题\s*[:：]\s*([^。\n]{2,120}?)[\s　]*(?:[\s　]((?:新华社|本报)?记者[^。\n]{0,40}))?$/;
/** A reporter credit standing alone in parentheses: （记者宋晨、田中全）, (新华社记者 张三). */
const CREDIT_ONLY = new RegExp(`^[（(]\\s*((?:${NEWSROOM}(?:特约)?)?(?:记者|通讯员)[\\s　]*${NAMES})\\s*[）)]$`);

/** The byline of a paragraph that is only one (新华社记者 → 新华社记者), else null. */
export function bylineOnly(paragraph: string): string | null {
  const folded = foldFurniture(paragraph.trim());
  // A byline is short: a sentence that opens with 记者 (记者从农业农村部获悉…) is prose.
  if (folded.length > 48 || !BYLINE_ONLY.test(folded)) return null;
  return foldSpace(paragraph.trim().replace(/^作者[:：]\s*/, ''));
}

/** A dateline without the reporter credit it may carry: 本报北京5月9日电（记者王昊男） → 本报北京5月9日电. */
export function bareDateline(dateline: string): string {
  return foldSpace(dateline.replace(/[\s　]*(?:[（(][^（）()]*[）)]|(?:本报|新华社)?记者[^（）()]*?报道[：:]?)[\s　]*$/, ''));
}

/** The dateline and repeated headline of a `…电　题：…` line, with a byline glued after it; null for any other paragraph. */
export function titleLine(paragraph: string): { dateline: string; title: string; byline: string | null } | null {
  const text = paragraph.trim();
  const folded = foldFurniture(text);
  const d = findDateline(folded);
  if (!d) return null;
  const m = TITLE_AFTER.exec(folded.slice(d.end));
  if (!m) return null;
  const at = (g: number) => {
    const start = d.end + m.index + m[0].indexOf(m[g]);
    return text.slice(start, start + m[g].length);
  };
  // A credit inside the dateline (…电（记者张三）题：…) is the byline; the dateline is what precedes it.
  const credit = /[（(]\s*([^（）()]{1,60}?)\s*[）)][\s　]*$/.exec(folded.slice(0, d.end));
  const byline = m[2] ? foldSpace(at(2)) : credit && /记者|通讯员/.test(credit[1]) ? foldSpace(text.slice(credit.index + credit[0].indexOf(credit[1]), credit.index + credit[0].indexOf(credit[1]) + credit[1].length)) : null;
  return { dateline: bareDateline(text.slice(0, d.end)), title: foldSpace(at(1)), byline };
}

/**
 * The header lines of a body given as paragraph texts: a `题：` line first, a
 * byline-only paragraph first or right after it, and a credit-only paragraph last.
 * A body of one or two paragraphs keeps them (nothing would be left of it).
 */
export function storyHeader(paragraphs: string[]): StoryHeader {
  const out: StoryHeader = { drop: [], dateline: null, title: null, byline: null };
  if (paragraphs.length < 3) return out;
  let next = 0;
  const title = titleLine(paragraphs[0]);
  if (title) {
    out.drop.push(0);
    out.dateline = title.dateline;
    out.title = title.title;
    out.byline = title.byline;
    next = 1;
  }
  const byline = bylineOnly(paragraphs[next]);
  if (byline) {
    out.drop.push(next);
    out.byline ??= byline;
  }
  const last = paragraphs.length - 1;
  const credit = CREDIT_ONLY.exec(foldFurniture(paragraphs[last].trim()));
  if (credit && !out.drop.includes(last)) {
    out.drop.push(last);
    const text = paragraphs[last].trim();
    out.byline ??= foldSpace(text.slice(credit.index + credit[0].indexOf(credit[1]), credit.index + credit[0].indexOf(credit[1]) + credit[1].length));
  }
  return out;
}
