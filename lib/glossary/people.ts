/**
 * People named in an article, with their title as the article gives it. The
 * names come from the text reader (lib/text/names: surname model, bylines,
 * titles, reporting verbs, lists and repetition), the same names the words
 * layer reads as one word each; this module adds the title: the phrase that
 * introduces the name (河南省委副书记、省长王凯), a role noun found by its form
 * (晚清词人陈廷焯, lib/text/name-role-nouns), the post written after it (习近平主席),
 * or the byline word for reporters (记者曾晓光). A name that only ever names a
 * thing (图帕克·卡塔里通信卫星, lib/glossary/named-things) is no person.
 * @module lib/glossary/people
 */
import { readText } from '../text/reader';
import type { PersonName } from '../text/names';
import { AFTER_ONLY, BYLINE, TITLES, TITLE_PATTERN } from '../text/name-cues';
import { roleNounPhrase, type WordSpan } from '../text/name-role-nouns';
import { namesAThing } from './named-things';
import { defaultTermBase } from './term-base';

/** A person of the article: name, title as written (or ''), first position. */
export interface PersonHit {
  name: string;
  /** The title as written before the name (河南省委副书记、省长), or the post after it (主席). */
  role: string;
  start: number;
  /** True for a foreign name (米歇尔・布兰, 克林顿). */
  foreign: boolean;
  /** Characters of the surname (0 for a foreign name). */
  surname: number;
}

/** What the people finder may use besides the text: the reader's words, and which words are places. */
export interface PeopleContext {
  words?: WordSpan[];
  isPlace?: (word: string) => boolean;
}

/** Where a role phrase starts: after clause punctuation, never across 、 (省委副书记、省长). */
const CLAUSE_BREAK = /[，。；：！？“”（）《》\n,;:!?()]/;
/** Leading words that introduce rather than name the role. */
const LEAD_IN = /^(?:据|由|经|而|但|并|另据|此外|同时|对此|其中)/;
const POST_AFTER = new RegExp(`^(?:${TITLES.filter((t) => !AFTER_ONLY.has(t)).join('|')})`);
const TITLE_END = new RegExp(`(?:${TITLE_PATTERN})$`);
/** After another person's name inside a role phrase: that person's post and a linking word (李鹏总理在北京市委书记…). */
const AFTER_OTHER = new RegExp(`^(?:${TITLE_PATTERN}|同志)?(?:、|和|与|同|及|跟|在|以及|陪同)?`);

/** The people of `text` in order of first appearance, one hit per name; `names` and words default to the text reader's. */
export function findPeople(text: string, names: PersonName[] = readText(text).names, ctx: PeopleContext = {}): PersonHit[] {
  const words = ctx.words ?? readText(text).words;
  const byStart = new Map(words.map((w) => [w.start, w]));
  const byEnd = new Map(words.map((w) => [w.end, w]));
  const isPlace = ctx.isPlace ?? ((w: string) => defaultTermBase().byTerm.get(w)?.kind === 'place');
  const roleCtx: RoleContext = { names, wordsByEnd: byEnd, isPlace };
  const byName = new Map<string, PersonHit>();
  let prev: { end: number; role: string } | null = null;
  for (const n of names) {
    // A name used as the name of a thing (…通信卫星, “…”号) is no mention of a person.
    if (namesAThing(text, n.start, n.end, byStart, byEnd)) continue;
    let role = roleBefore(text, n.start, roleCtx) || postAfter(text, n.end) || '';
    // Names listed with 、 share the title of the list (（记者宋晨、田中全）).
    if (!role && prev && prev.end === n.start - 1 && text[prev.end] === '、') role = prev.role;
    prev = { end: n.end, role };
    const hit = byName.get(n.text);
    if (!hit) byName.set(n.text, { name: n.text, role, start: n.start, foreign: n.foreign, surname: n.surname });
    else if (!hit.role && role) hit.role = role;
  }
  return [...byName.values()];
}

/** The names of `text` that only ever name a thing (图帕克·卡塔里 in 图帕克·卡塔里通信卫星), with their first position. */
export function namedThings(text: string, names: PersonName[], words: WordSpan[]): { name: string; start: number; foreign: boolean }[] {
  const byStart = new Map(words.map((w) => [w.start, w]));
  const byEnd = new Map(words.map((w) => [w.end, w]));
  const person = new Set(names.filter((n) => !namesAThing(text, n.start, n.end, byStart, byEnd)).map((n) => n.text));
  const out = new Map<string, { name: string; start: number; foreign: boolean }>();
  for (const n of names) if (!person.has(n.text) && !out.has(n.text)) out.set(n.text, { name: n.text, start: n.start, foreign: n.foreign });
  return [...out.values()];
}

/** What roleBefore may use: the other names (a role never runs through one), the words, and which words are places. */
export interface RoleContext {
  names?: PersonName[];
  wordsByEnd?: Map<number, WordSpan>;
  isPlace?: (word: string) => boolean;
}

/**
 * The title phrase before a name when a title or a byline word ends right before it, else
 * a role noun found by its form (晚清词人); '' when neither. The phrase runs back to the start
 * of its clause, but never into a relative clause (来自巴西的…, 参加论坛的…: it starts after
 * the last 的) nor through another person's name and post (李鹏总理在…).
 */
export function roleBefore(text: string, nameStart: number, ctx: RoleContext = {}): string {
  let i = nameStart;
  while (i > 0 && nameStart - i < 40 && !CLAUSE_BREAK.test(text[i - 1])) i--;
  const de = text.lastIndexOf('的', nameStart - 1);
  if (de >= i) i = de + 1;
  for (const other of ctx.names ?? []) {
    // A place read as a name (肯尼亚 before 大使) is part of the title, not another person.
    if (other.start >= i && other.end < nameStart && !ctx.isPlace?.(other.text)) i = other.end + (AFTER_OTHER.exec(text.slice(other.end, nameStart))?.[0].length ?? 0);
  }
  const lead = LEAD_IN.exec(text.slice(i, nameStart))?.[0].length ?? 0;
  const phrase = text.slice(i + lead, nameStart).trim();
  if (TITLE_END.test(phrase) || BYLINE.test(phrase)) return phrase;
  return roleNounPhrase(text, i + lead, nameStart, ctx.wordsByEnd ?? new Map(), ctx.isPlace);
}

/** The post written right after a name (习近平主席 → 主席), or null. */
export function postAfter(text: string, end: number): string | null {
  const m = POST_AFTER.exec(text.slice(end, end + 6));
  return m ? m[0] : null;
}
