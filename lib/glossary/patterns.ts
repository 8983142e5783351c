/**
 * Term candidates found by shape rather than by dictionary: quoted names and
 * slogans (“两个确保”, “三链融合”), parallel quotations (“平等互利、和平利用、合作共赢”),
 * titles of works in 《》, meetings after 召开/举行, and organisations that
 * start with a known place and end with an institutional suffix.
 * @module lib/glossary/patterns
 */

/** A term found by its shape: the term, its kind and first position. */
export interface PatternHit { term: string; kind: string; start: number }

const NUMERAL = '[一二三四五六七八九十两]';
/**
 * Numbered slogans: a short quoted phrase that starts with a numeral (两个确保, 三个转变,
 * 四个全面, 两城一谷, 五位一体, 三链融合) — People's Daily's way of naming a policy by
 * its number of parts.
 */
const NUMBERED_SLOGAN = new RegExp(`^${NUMERAL}[\\u4e00-\\u9fa5]{2,5}$`);
const MEETING_SUFFIX = '(?:座谈会|研讨会|发布会|论坛|峰会|博览会|交易会|代表大会|大会|全会|年会|会议)';
const MEETING_IN_QUOTE = new RegExp(`${MEETING_SUFFIX}$`);
const MEETING_AFTER_VERB = new RegExp(`(?:召开|举行|举办|出席|主持|参加)了?([^，。；、\\n]{2,30}?${MEETING_SUFFIX})`, 'g');
const ORG_SUFFIX = /(?:委员会|研究所|研究院|中心|大学|学院|公司|集团|银行|协会|学会|联合会|基金会|办公室|医院|法院|检察院|报社|青年宫|博物馆|图书馆|[局部院厅署办委司社])$/;
/** Characters an organisation name does not run through. */
const ORG_STOP = /[的了在是将向对把被从为已由也都并及等说我他她，。；：、“”《》（）\s\n0-9０-９]/;
const FIRST_PERSON = /我|你|他|她/;

/** Quoted terms: short names, numbered slogans and parallel sayings; never whole quoted sentences. */
export function quotedTerms(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  for (const m of text.matchAll(/“([^“”\n]{2,40})”/g)) {
    const q = m[1];
    const start = (m.index ?? 0) + 1;
    const kind = classifyQuote(q);
    if (kind) out.push({ term: q, kind, start });
  }
  return out;
}

/** The kind of a quoted string, or null when it is a quoted sentence rather than a term. */
export function classifyQuote(q: string): string | null {
  if (/[。！？!?]/.test(q) || FIRST_PERSON.test(q)) return null;
  const clauses = q.split(/[，、；,]/);
  if (clauses.length > 1) {
    // Parallel clauses of similar length: a saying or a principle (“平等互利、和平利用、合作共赢”).
    const lens = clauses.map((c) => c.length);
    const parallel = clauses.length <= 4 && Math.min(...lens) >= 3 && Math.max(...lens) <= 8 && Math.max(...lens) - Math.min(...lens) <= 2;
    if (!parallel) return null;
    return /、/.test(q) ? 'slogan' : 'quote';
  }
  if (MEETING_IN_QUOTE.test(q) && q.length <= 30) return 'meeting';
  if (q.length > 16) return null;
  if (NUMBERED_SLOGAN.test(q)) return 'slogan';
  // Scare quotes on everyday words (“面子”, “短板”) and quoted phrases (“不要把鸡蛋放在同一个篮子里”) are not terms.
  if (q.length < 3 || q.length > 10 || (/[的了着过把被]|不要/.test(q) && q.length > 6)) return null;
  if (/[・·•]/.test(q)) return 'name';
  return 'term';
}

/** Titles of works in 《》 (poems, books, documents). */
export function bookTitles(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  for (const m of text.matchAll(/《([^《》\n]{1,24})》/g)) out.push({ term: `《${m[1]}》`, kind: 'work', start: m.index ?? 0 });
  return out;
}

/** Meetings named after 召开 / 举行 / 出席 (主持召开新时代推动中部地区崛起座谈会). */
export function meetings(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  for (const m of text.matchAll(MEETING_AFTER_VERB)) {
    const name = m[1].replace(/^(?:召开|举行|举办|出席|主持|参加|了|一次|首届|第[一二三四五六七八九十\d]+届)+/, '');
    // Not a name: a demonstrative (这次会议), a description with 的, or a cut-off quotation.
    if (name.length < 4 || /[我你他她的]/.test(name) || /^[这那此该本各每今明昨]/.test(name) || quotesUnbalanced(name)) continue;
    out.push({ term: name, kind: 'meeting', start: (m.index ?? 0) + m[0].length - name.length });
  }
  return out;
}

function quotesUnbalanced(s: string): boolean {
  return (s.match(/“/g)?.length ?? 0) !== (s.match(/”/g)?.length ?? 0);
}

/**
 * Organisations: from a known place (河南省, 北京, 法国) to the last institutional
 * suffix within reach (湖北省国防科工办, 北京青少年中心), not running into a post
 * (…司副司长 ends at 司; 省委常委 is a post, not a body).
 */
export function organisations(text: string, placeStarts: { start: number; end: number }[]): PatternHit[] {
  const out: PatternHit[] = [];
  for (const p of placeStarts) {
    let best = -1;
    for (let j = p.end; j < text.length && j - p.start <= 18; j++) {
      if (ORG_STOP.test(text[j])) break;
      const span = text.slice(p.start, j + 1);
      if (!ORG_SUFFIX.test(span)) continue;
      if (/^[长员士]/.test(text[j + 1] ?? '') || /常委$|书记$/.test(span)) continue;
      best = j + 1;
    }
    // A bare place + 省/市 is a place, not a body.
    if (best > 0 && best - p.end >= 2) out.push({ term: text.slice(p.start, best), kind: 'org', start: p.start });
  }
  return out;
}
