/**
 * Personal names in running text, found as news writes them: a surname (by its
 * frequency, lib/text/surnames), a given name of one or two characters, and the
 * article's own cues — bylines (记者曾晓光), titles before or after the name
 * (副省长孙守刚, 王毅外长), reporting verbs (李金坤表示), lists joined by 、
 * and repetition. Foreign names are found when written with a middle dot
 * (米歇尔・布兰) or next to a title (总统克林顿). No list of names is used.
 *
 * Each candidate gets a score in log-odds units: the surname's prior plus the cues
 * around it, minus a penalty when the span is an everyday word of the segmenter's
 * dictionary (高度, 方面); a candidate is a name from {@link ACCEPT} up. A name
 * once accepted is a name at all its other places in the article.
 * @module lib/text/names
 */
import type { Segment } from './segment';
import { surnamesAt } from './surnames';
import { AFTER_NAME, AFTER_ONLY, BYLINE, SPEECH_VERBS, TITLES, TITLE_PATTERN } from './name-cues';
import { findForeignNames } from './foreign-names';
import { tokenBounds, type TokenBounds } from './token-bounds';

/** A personal name: offsets into the text, and how it is built. */
export interface PersonName {
  start: number;
  end: number;
  text: string;
  /** Characters of the surname (1, or 2 for 欧阳); 0 for a foreign name. */
  surname: number;
  foreign: boolean;
}

/** What the finder may use besides the text: the segmentation, and the cost of a dictionary word (undefined when unknown). */
export interface NameContext {
  segments?: Segment[];
  wordCost?: (word: string) => number | undefined;
}

/** Score from which a candidate is taken as a name. */
export const ACCEPT = 2;
/** What a neighbour in a 、-list of accepted names adds (记者曾晓光、单晓明). */
const LIST_BONUS = 2.5;
/** What a title right before the name adds (副省长孙守刚). */
const TITLE_CUE = 2.5;
/** Characters that never occur in a given name here: function words, place and time suffixes, large numerals. */
const NOT_GIVEN = new Set('的了在是和与及或等将也都对向为从以把被同跟给让替有这那我你他她它们却已又还则就才亦之于而并且个些该此每各说道称曰吗呢吧着过得地很最更再只没不无未非要会能可应须省市县区乡镇村街号年日届次位名人上下里内外前后百千万亿零〇○两摄讯电报牌局部厅署站厂校队社馆院党副总'.split(''));
/**
 * Surname characters whose everyday use is grammatical (prepositions, conjunctions,
 * adverbs, the verb 任 "serve as"): 和中国, 向记者, 从公安部 are not names, so these
 * need more evidence.
 */
const FUNCTION_SURNAMES = new Set('和向从于应全任都那有后相能通经时成双别终须'.split(''));
/** What counts things: after these a surname-like character is a classifier (一张贺卡, 几支队伍, 两家企业). */
const COUNTERS = /[0-9０-９一二三四五六七八九十百千万两几这那每某哪整半]$/;
/** Last characters of place and institution names (张家口, 唐山, 公安局): a dictionary word ending so is not a name. */
const PLACE_END = /[山口州江河湖海城县市省村镇乡港岛湾庄屯堡寨坝沟关门桥路街局部委厅院所司馆社厂校队团站场园宫楼区]$/;
/** Words that end a reporter's or photographer's credit (记者龚永泉报道, 李学仁摄). */
const CREDIT_AFTER = /^(?:报道|摄影|摄|讯|供稿|整理|编译)/;
const NUMERAL = /[一二三四五六七八九十]/;
const TITLE_RE = new RegExp(TITLE_PATTERN, 'g');
const TITLE_START = new RegExp(`^(?:${TITLE_PATTERN})`);
/** A title that may stand before a name (not an honorific such as 同志, which follows it). */
const TITLE_BEFORE = new RegExp(`(?:${TITLES.filter((t) => !AFTER_ONLY.has(t)).join('|')})$`);
/** A list item ends at the next separator (、，。；）), at 等 / 和, or at the end of the text. */
const LIST_ITEM_END = /^(?:[、，。；：）)\s等和与及]|$)/;
const PUNCTUATION_AFTER = /^(?:[，。、；：！？）)”’」』\s]|$)/;

interface Candidate { start: number; end: number; surname: number; score: number; titleStart?: number }

/** Personal names in `text`, in order, not overlapping. */
export function findPersonNames(text: string, ctx: NameContext = {}): PersonName[] {
  const bounds = tokenBounds(text, ctx.segments);
  const byStart = new Map<number, Candidate[]>();
  const byEnd = new Map<number, Candidate[]>();
  const seen = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    if (!bounds.starts[i]) continue;
    for (const c of candidatesAt(text, i, bounds, ctx, seen)) {
      for (const [map, key] of [[byStart, c.start], [byEnd, c.end]] as const) {
        const list = map.get(key);
        if (list) list.push(c);
        else map.set(key, [c]);
      }
    }
  }
  const taken = new Uint8Array(text.length);
  const out: PersonName[] = [];
  const take = (c: { start: number; end: number; surname: number }, foreign = false): boolean => {
    for (let k = c.start; k < c.end; k++) if (taken[k]) return false;
    taken.fill(1, c.start, c.end);
    out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), surname: c.surname, foreign });
    return true;
  };

  // A title is never part of a name (常务副 in 常务副省长 is not 常 + 务副).
  for (const t of titleSpans(text)) taken.fill(2, t.start, t.end);
  const foreign = findForeignNames(text, bounds, ctx.wordCost);
  for (const f of foreign.filter((f) => f.dotted)) take({ ...f, surname: 0 }, true);
  // The name the article repeats is the name: 王毅 (twice) over 王毅同 (once).
  for (const list of byStart.values()) {
    for (const long of list) {
      const short = list.find((c) => c.end < long.end);
      if (short && (seen.get(text.slice(short.start, short.end)) ?? 0) > (seen.get(text.slice(long.start, long.end)) ?? 0)) long.score -= 1.5;
    }
  }
  const all = [...byStart.values()].flat().sort((a, b) => b.score - a.score || a.start - b.start);
  for (const c of all) if (c.score >= ACCEPT) take(c);
  // A title right after another name is that name's (习近平主席贺信): it introduces nothing after it.
  const nameEnds = new Set(out.map((n) => n.end));
  for (const c of all) {
    if (c.titleStart === undefined || !nameEnds.has(c.titleStart) || c.score - TITLE_CUE >= ACCEPT) continue;
    const k = out.findIndex((n) => n.start === c.start && n.end === c.end);
    if (k >= 0) { out.splice(k, 1); taken.fill(0, c.start, c.end); }
  }
  for (const f of foreign.filter((f) => !f.dotted)) take({ ...f, surname: 0 }, true);
  // Lists: a candidate next to an accepted name across 、 is a name too (记者曾晓光、单晓明).
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of [...out]) {
      // 、 joins names in running text; spaces join them in bylines (本报记者 王乐文 方敏).
      const gap = /^(?:、|[ 　]+)/.exec(text.slice(n.end, n.end + 3))?.[0].length ?? 0;
      const next = gap ? byStart.get(n.end + gap) : undefined;
      const best = next?.filter((c) => c.score + LIST_BONUS >= ACCEPT && (LIST_ITEM_END.test(text.slice(c.end, c.end + 1)) || rightCue(text, c.end) > 1)).sort((a, b) => b.score - a.score)[0];
      if (best && take(best)) changed = true;
      if (text[n.start - 1] === '、') {
        const prev = byEnd.get(n.start - 1)?.filter((c) => c.score + LIST_BONUS >= ACCEPT).sort((a, b) => b.score - a.score)[0];
        if (prev && take(prev)) changed = true;
      }
    }
  }
  // Repetition: an accepted name is a name wherever it stands on word boundaries.
  for (const n of [...out]) {
    if (n.foreign && !foreign.some((f) => f.dotted && f.start === n.start)) continue;
    for (let i = text.indexOf(n.text); i !== -1; i = text.indexOf(n.text, i + 1)) {
      const end = i + n.text.length;
      if (bounds.starts[i] && bounds.ends[end]) take({ start: i, end, surname: n.surname }, n.foreign);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Where titles of office stand in the text (longest first at each place). */
function titleSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(TITLE_RE)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Chinese-name candidates starting at `i`: each surname there with a given name of one or two characters. */
function candidatesAt(text: string, i: number, bounds: TokenBounds, ctx: NameContext, seen: Map<string, number>): Candidate[] {
  const out: Candidate[] = [];
  for (const s of surnamesAt(text, i)) {
    if (s.weight === -Infinity) continue;
    for (const g of [1, 2]) {
      const end = i + s.length + g;
      const given = text.slice(i + s.length, end);
      if (end > text.length || !/^\p{Script=Han}+$/u.test(given)) continue;
      if (!bounds.ends[end] && !gluedCue(text, end, bounds)) continue;
      if ([...given].some((c) => NOT_GIVEN.has(c)) || SPEECH_VERBS.test(given) || AFTER_NAME.test(given) || TITLE_START.test(given)) continue;
      const span = text.slice(i, end);
      let score = 0.5 * Math.max(-2, Math.min(2, s.weight)) + leftCue(text, i) + rightCue(text, end) + repetition(text, span, bounds, seen);
      if (NUMERAL.test(given)) score -= 0.5;
      if (s.length === 1 && FUNCTION_SURNAMES.has(s.surname)) score -= 1.5;
      if (COUNTERS.test(text.slice(0, i))) score -= 3;
      score -= wordPenalty(span, given, s.length, ctx);
      // Most Chinese names have three characters (龚永泉, 东方朔): prefer 龚永泉 to 龚永 + 泉 when the third character stands alone.
      if (span.length === 3) score += 0.4;
      else if (continues(text, end, bounds)) score -= 0.8;
      const titleStart = titleBefore(text, i);
      out.push({ start: i, end, surname: s.length, score, ...(titleStart !== undefined ? { titleStart } : {}) });
    }
  }
  return out;
}

/** Where the title right before offset `i` starts, if one ends there. */
function titleBefore(text: string, i: number): number | undefined {
  const before = text.slice(Math.max(0, i - 10), i);
  const m = TITLE_BEFORE.exec(before);
  return m ? i - before.length + m.index : undefined;
}

/** Cue before the name: a byline word (记者) or a title (副省长). */
function leftCue(text: string, i: number): number {
  const before = text.slice(Math.max(0, i - 10), i).replace(/[\s　（(：:/]+$/, '');
  if (BYLINE.test(before)) return 3;
  if (TITLE_BEFORE.test(before)) return TITLE_CUE;
  return 0;
}

/** Cue after the name: an honorific or title (同志, 外长), a reporting verb (表示), 等 / 一行, or punctuation. */
function rightCue(text: string, end: number): number {
  const after = text.slice(end, end + 6);
  const title = TITLE_START.exec(after)?.[0];
  if (title) return AFTER_ONLY.has(title) ? 3 : 2.5;
  if (SPEECH_VERBS.test(after)) return 2;
  if (CREDIT_AFTER.test(after)) return 1.5;
  if (AFTER_NAME.test(after)) return 1;
  return PUNCTUATION_AFTER.test(after) ? 0.3 : 0;
}

/** Repetition on word boundaries: a name is usually mentioned more than once (counts memoised per text in `seen`). */
function repetition(text: string, span: string, bounds: TokenBounds, seen: Map<string, number>): number {
  let n = seen.get(span);
  if (n === undefined) {
    n = 0;
    for (let i = text.indexOf(span); i !== -1 && n < 3; i = text.indexOf(span, i + 1)) {
      if (bounds.starts[i] && bounds.ends[i + span.length]) n++;
    }
    seen.set(span, n);
  }
  return n >= 3 ? 1.2 : n === 2 ? 0.7 : 0;
}

/**
 * An everyday dictionary word (高度, 方面, 王国) is rarely a name, a rare one (a
 * listed name) may be; a given name that is an everyday word (向记者, 东方文化)
 * or a place or institution word (张家口, 公安局) says the same.
 */
function wordPenalty(span: string, given: string, surname: number, ctx: NameContext): number {
  if (!ctx.wordCost) return 0;
  let penalty = 0;
  const cost = ctx.wordCost(span);
  if (cost !== undefined) {
    // Two-character words: the commoner the word, the less likely a name (高度 4, 陈述 2, 李鹏 2, 乔石 1).
    if (span.length === 2) penalty += Math.max(1, Math.min(4, (130 - cost) / 8));
    else penalty += cost < 100 ? 1.5 : 0;
    if (PLACE_END.test(span)) penalty += 2;
  }
  const givenCost = given.length === 2 ? ctx.wordCost(given) : undefined;
  if (givenCost !== undefined && givenCost < 95) penalty += 2;
  const head = span.length === 3 && surname === 1 ? ctx.wordCost(span.slice(0, 2)) : undefined;
  if (head !== undefined && head < 100) penalty += 1.5;
  return penalty;
}

/**
 * True when the segmenter glued the name's last character to a cue after it
 * (王志明说 read as 王志/明说, 李华称 as 李/华称): a two-character word starts at
 * `end - 1` and what follows the name is a reporting verb, a title or a credit.
 */
function gluedCue(text: string, end: number, bounds: TokenBounds): boolean {
  if (!bounds.starts[end - 1] || bounds.ends[end] || !bounds.ends[end + 1]) return false;
  const after = text.slice(end, end + 6);
  return /^[说称]/.test(after) || CREDIT_AFTER.test(after);
}

/** True when a one-character given name is probably cut short: the next character stands alone and could be part of the name. */
function continues(text: string, end: number, bounds: TokenBounds): boolean {
  const next = text[end];
  return !!next && /\p{Script=Han}/u.test(next) && !NOT_GIVEN.has(next) && bounds.ends[end + 1] === 1
    && !SPEECH_VERBS.test(text.slice(end, end + 4)) && !TITLE_START.test(text.slice(end, end + 6)) && !CREDIT_AFTER.test(text.slice(end, end + 2));
}
