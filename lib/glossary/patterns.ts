/**
 * Term candidates found by shape rather than by dictionary: quoted names and
 * slogans (“两个确保”, “三链融合”), parallel quotations (“平等互利、和平利用、合作共赢”),
 * titles of works in 《》, meetings after 召开/举行, organisations that
 * start with a known place and end with an institutional suffix, and news media
 * named as the source of a report (北京青年报记者, 据路透社报道).
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
/**
 * Bodies named by a place and a short modifier at most (英国政府, 香港特区政府, 英国工党新政府,
 * 贝宁国民议会, 天津海关, 西藏军区, 全国人大): further from the place, 政府 is a word of the sentence.
 */
const NEAR_SUFFIX = /(?:政府|议会|海关|军区|人大|政协)$/;
const NEAR_REACH = 3;
/**
 * Words that end in an institutional character but name no institution: people (干部), parts and
 * directions (内部, 南部), verbs of organising and signing (主办, 举办, 签署, 部署) and situations (政局, 僵局).
 */
const NOT_INSTITUTION = /(?:干部|全部|内部|外部|局部|头部|底部|顶部|[东南西北中]部|[东西][南北]部|[主承协举创开兴操督查包申筹试合联停]办|怎么办|签署|部署|[政大僵格布结时全败骗残危终开]局)$/;
/** Words joining two names: after a complete organisation they end it (中国人民银行和国家外汇管理局). */
const JOIN = /[和与同及]/;
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
  // A formula or a code (“5+5+50+X”, “1+N”, “3060”): mostly digits and symbols, nothing to gloss.
  if (q.replace(/[\p{Script=Han}A-Za-zＡ-Ｚａ-ｚ]/gu, '').length * 2 > q.length) return null;
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
 * suffix within reach (湖北省国防科工办, 北京青少年中心, 英国政府), not running into a post
 * (…司副司长 ends at 司; 省委常委 is a post, not a body), into a second name after 和 / 与,
 * or through a word that only ends like an institution (干部, 主办, 南部). `wordEnds`: where
 * the reader's words end, so a suffix inside a word (社会, 组委会) is none.
 */
export function organisations(text: string, placeStarts: { start: number; end: number }[], wordEnds?: Set<number>): PatternHit[] {
  const out: PatternHit[] = [];
  const placeAt = new Set(placeStarts.map((p) => p.start));
  for (const p of placeStarts) {
    let best = -1;
    for (let j = p.end; j < text.length && j - p.start <= 18; j++) {
      // A complete body ends before a joining word or another place (中国政府支持香港特区政府).
      if (ORG_STOP.test(text[j]) || (best > 0 && (JOIN.test(text[j]) || placeAt.has(j)))) break;
      const span = text.slice(p.start, j + 1);
      const near = NEAR_SUFFIX.test(span) && j + 1 - p.end - (NEAR_SUFFIX.exec(span)?.[0].length ?? 0) <= NEAR_REACH;
      if (!(ORG_SUFFIX.test(span) || near) || NOT_INSTITUTION.test(span)) continue;
      // The suffix ends a word (台湾经济和社|会, 组委|会 do not), where the reader has words.
      if (wordEnds && !wordEnds.has(j + 1)) continue;
      if (/^[长员士]/.test(text[j + 1] ?? '') || /常委$|书记$/.test(span)) continue;
      best = j + 1;
    }
    // A bare place + 省/市 is a place, not a body.
    if (best > 0 && best - p.end >= 2) out.push({ term: text.slice(p.start, best), kind: 'org', start: p.start });
  }
  return out;
}

/** Endings of news media names: papers, magazines, broadcasters, agencies, news sites. */
const MEDIA_END = '(?:日报|晚报|早报|晨报|时报|商报|青年报|报|杂志社|杂志|周刊|画报|电视台|广播电台|电台|总台|卫视|通讯社|新闻社|社|网|客户端)';
/** What follows a medium named as a source: its reporter or commentator, or its report. */
const MEDIA_CUE = '(?:记者|特约记者|评论员|特约评论员|报道|消息|讯|刊登|刊文|援引)';
/** A medium's name (its ending) before its cue. */
const MEDIA = new RegExp(`${MEDIA_END}(?=${MEDIA_CUE})`, 'g');
/** Where the name can start: after clause punctuation, or after 据 / 接受 / 向 / 对 / 告诉 / 在 / 从 / 经 / 由. */
const NAME_START_AFTER = /[，。；：！？、“”（）《》\n\s]$|(?:据|接受了?|向|对|告诉|在|从|经|由)$/;
/** Time words that open a clause before the name (昨天北京青年报记者 → 北京青年报). */
const TIME_LEAD = /^(?:昨天|今天|前天|昨日|今日|近日|日前|此前|近期|最近|目前|当天|当日|同日|次日|随后)/;
/** This paper, that agency: a determiner instead of a name. */
const NOT_A_NAME = /^(?:本|该|此|我|各|某|这|那|其|贵|每|多家|一家|当地|境外|外国|国外|西方|官方|党)|^(?:互联|物联|电|官|外|内)网$|[本该此我]报$|记者|报道/;

/**
 * News media named as the source of a report (北京青年报记者了解到, 据路透社报道, 接受
 * 中国青年报记者采访): organisations. The name runs back from its ending (报, 日报, 电视台,
 * 通讯社, 社, 网 …) to the nearest clause break or 据 / 接受 / 向 / 在 …, within ten
 * characters of Han script, past a leading time word; it has at least three characters
 * (本报, 该报, 电台 are no names).
 */
export function mediaNames(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  for (const m of text.matchAll(MEDIA)) {
    const end = m.index + m[0].length;
    let start = -1;
    for (let k = m.index; k >= Math.max(0, m.index - 10); k--) {
      if (k < m.index && !/\p{Script=Han}/u.test(text[k])) break;
      if (k === 0 || NAME_START_AFTER.test(text.slice(Math.max(0, k - 2), k))) { start = k; break; }
    }
    if (start < 0) continue;
    start += TIME_LEAD.exec(text.slice(start, end))?.[0].length ?? 0;
    const name = text.slice(start, end);
    if (name.length < 3 || NOT_A_NAME.test(name)) continue;
    out.push({ term: name, kind: 'org', start });
  }
  return out;
}
