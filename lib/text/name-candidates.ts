/**
 * Candidates for Chinese personal names and their scores (see lib/text/names):
 * at each word start, each surname there (lib/text/surnames) with a given name of
 * one or two characters, scored in log-odds units — the surname's prior, the cues
 * around the span (lib/text/name-cues), repetition, and penalties for everyday
 * words and grammatical uses of surname characters.
 * @module lib/text/name-candidates
 */
import { surnamesAt } from './surnames';
import { AFTER_NAME, AFTER_ONLY, BYLINE, KINSHIP, SPEECH_VERBS, TITLES, TITLE_PATTERN } from './name-cues';
import type { TokenBounds } from './token-bounds';
import { isRoleNoun } from './name-role-nouns';
import { isTransliteration, isTransliterationChar } from './transliteration';

/** A possible name: span, surname length, score, and where the title before it starts (if one does). */
export interface Candidate { start: number; end: number; surname: number; score: number; titleStart?: number }

/** Everyday-word costs from the segmenter's dictionary (undefined when the word is unknown). */
export type WordCost = (word: string) => number | undefined;

/** Score from which a candidate is taken as a name. */
export const ACCEPT = 2;
/** What a title right before the name adds (副省长孙守刚). */
export const TITLE_CUE = 2.5;
/** Characters that never occur in a given name here: function words, place and time suffixes, large numerals. */
const NOT_GIVEN = new Set('的了在是和与及或等将也都对向为从以把被同跟给让替有这那我你他她它们却已又还则就亦之于而并且个些该此每各说道称曰吗呢吧着过得地很最更再只没不无未非要会能可应须所省市县区乡镇村街号年日届次位名人上下里内外前后百千万亿零〇○两摄讯电报牌局部厅署站厂校队社馆院党副总委处'.split(''));
/**
 * Surname characters whose everyday use is grammatical (prepositions, conjunctions,
 * adverbs, the verb 任 "serve as"): 和中国, 向记者, 从公安部 are not names, so these
 * need more evidence.
 */
const FUNCTION_SURNAMES = new Set('和向从于应全任都那有后相能通经时成双别终须边'.split(''));
/** What counts things: after these a surname-like character is a classifier (一张贺卡, 几支队伍, 两家企业). */
const COUNTERS = /[0-9０-９一二三四五六七八九十百千万两几这那每某哪整半]$/;
/** Last characters of place and institution names (张家口, 唐山, 公安局): a dictionary word ending so is not a name. */
const PLACE_END = /[山口州江河湖海城县市省村镇乡港岛湾庄屯堡寨坝沟关门桥路街井局部委厅院所司馆社厂校队团站场园宫楼区]$/;
/** Words that end a reporter's or photographer's credit (记者龚永泉报道, 李学仁摄). */
const CREDIT_AFTER = /^(?:报道|摄影|摄|讯|供稿|整理|编译)/;
/** A numeral in a given name is rare (张三, 李四 are placeholders). */
const NUMERAL = /[一二三四五六七八九十]/;
const TITLE_RE = new RegExp(TITLE_PATTERN, 'g');
const TITLE_START = new RegExp(`^(?:${TITLE_PATTERN})`);
/** A title that may stand before a name (not an honorific such as 同志, which follows it). */
const TITLE_BEFORE = new RegExp(`(?:${TITLES.filter((t) => !AFTER_ONLY.has(t)).join('|')})$`);
/** Punctuation right after a name closes it (a weak cue). */
const PUNCTUATION_AFTER = /^(?:[，。、；：！？）)”’」』\s]|$)/;

/** Chinese-name candidates at every word start of `text`, by start and by end. */
export function scoreCandidates(text: string, bounds: TokenBounds, wordCost: WordCost | undefined, seen: Map<string, number>): { byStart: Map<number, Candidate[]>; byEnd: Map<number, Candidate[]> } {
  const byStart = new Map<number, Candidate[]>();
  const byEnd = new Map<number, Candidate[]>();
  for (let i = 0; i < text.length; i++) {
    if (!bounds.starts[i]) continue;
    for (const c of candidatesAt(text, i, bounds, wordCost, seen)) {
      for (const [map, key] of [[byStart, c.start], [byEnd, c.end]] as const) {
        const list = map.get(key);
        if (list) list.push(c);
        else map.set(key, [c]);
      }
    }
  }
  return { byStart, byEnd };
}

/** Where titles of office stand in the text (longest first at each place). */
export function titleSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(TITLE_RE)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Chinese-name candidates starting at `i`: each surname there with a given name of one or two characters. */
function candidatesAt(text: string, i: number, bounds: TokenBounds, wordCost: WordCost | undefined, seen: Map<string, number>): Candidate[] {
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
      // Part of a longer transliterated name (卢钦斯|基, 苏莱曼|库洛夫): not a Chinese name.
      if (isTransliteration(span) && isTransliterationChar(text[end] ?? '')) continue;
      // A function-word surname (从, 和 …) or an everyday word takes no role-noun cue: it is too weak for them.
      const weakCueOnly = (s.length === 1 && FUNCTION_SURNAMES.has(s.surname)) || everyday(span, given, wordCost) || rightCue(text, end) === 0;
      let score = 0.5 * Math.max(-2, Math.min(2, s.weight)) + leftCue(text, i, bounds, weakCueOnly) + rightCue(text, end) + repetition(text, span, bounds, seen);
      if (NUMERAL.test(given)) score -= 0.5;
      if (s.length === 1 && FUNCTION_SURNAMES.has(s.surname)) score -= 1.5;
      if (COUNTERS.test(text.slice(0, i))) score -= 3;
      score -= wordPenalty(span, given, s.length, wordCost);
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

/** What a kinship word right before the name adds (小儿子陆聿): as much as a title. */
const KINSHIP_CUE = TITLE_CUE;
/** What a role noun found by its form adds (晚清词人陈廷焯, 村民王秀英): less than a listed title, the class being open. */
const ROLE_NOUN_CUE = 1.5;

/**
 * Cue before the name: a byline word (记者), a title (副省长), a kinship word (小儿子) or a role
 * noun (词人). The role noun counts only before a span that is no everyday word (敌人周旋, 择校生高收费)
 * and whose surname is no function word (检察官从吴厂长处).
 */
function leftCue(text: string, i: number, bounds: TokenBounds, noRoleCue: boolean): number {
  const before = text.slice(Math.max(0, i - 10), i).replace(/[\s　（(：:/]+$/, '');
  if (BYLINE.test(before)) return 3;
  if (TITLE_BEFORE.test(before)) return TITLE_CUE;
  if (kinshipBefore(text, i)) return KINSHIP_CUE;
  // Honorifics that follow a name (女士曾…, 先生曾…) introduce none after them.
  const role = wordBefore(text, i, bounds);
  return !noRoleCue && isRoleNoun(role) && !AFTER_ONLY.has(role) ? ROLE_NOUN_CUE : 0;
}

/** True when the span or its two-character given part is a word of the dictionary (周旋, 高收费). */
function everyday(span: string, given: string, wordCost: WordCost | undefined): boolean {
  return wordCost !== undefined && (wordCost(span) !== undefined || (given.length === 2 && wordCost(given) !== undefined));
}

/**
 * A kinship word that introduces the name after it (小儿子陆聿, 其子陈晓东, 他的妻子李秀兰):
 * a birth-order or written form, or a kinship word after a possessor. A bare one is often
 * the subject of a verb instead (我和弟弟常捣乱).
 */
function kinshipBefore(text: string, i: number): boolean {
  const m = KINSHIP.exec(text.slice(Math.max(0, i - 5), i));
  if (!m) return false;
  const owner = text.slice(Math.max(0, i - m[0].length - 2), i - m[0].length);
  return /^(?:[长次幼小大二三独养](?:子|女|儿子|女儿)|[其之][子女妻夫])$/.test(m[0]) || /(?:的|自己|[他她我你])$/.test(owner);
}

/** The segmenter's word ending at `i` (one character at a character-level reading), or ''. */
function wordBefore(text: string, i: number, bounds: TokenBounds): string {
  if (!bounds.ends[i]) return '';
  let k = i - 1;
  while (k > 0 && i - k < 5 && !bounds.starts[k]) k--;
  return bounds.starts[k] ? text.slice(k, i) : '';
}

/** Cue after the name (exported for list items): an honorific or title (同志, 外长), a reporting verb (表示), 等 / 一行, or punctuation. */
export function rightCue(text: string, end: number): number {
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
function wordPenalty(span: string, given: string, surname: number, wordCost: WordCost | undefined): number {
  if (!wordCost) return 0;
  let penalty = 0;
  const cost = wordCost(span);
  if (cost !== undefined) {
    // Two-character words: the commoner the word, the less likely a name (高度 4, 陈述 2, 李鹏 2, 乔石 1).
    if (span.length === 2) penalty += Math.max(1, Math.min(4, (130 - cost) / 8));
    else penalty += cost < 100 ? 1.5 : 0;
    if (PLACE_END.test(span)) penalty += 2;
  }
  const givenCost = given.length === 2 ? wordCost(given) : undefined;
  if (givenCost !== undefined && givenCost < 95) penalty += 2;
  const head = span.length === 3 && surname === 1 ? wordCost(span.slice(0, 2)) : undefined;
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
