/**
 * People named in an article, with their title as the article gives it. The
 * names come from the text reader (lib/text/names: surname model, bylines,
 * titles, reporting verbs, lists and repetition), the same names the words
 * layer reads as one word each; this module adds the title: the phrase that
 * introduces the name (河南省委副书记、省长王凯) or the post written after it
 * (习近平主席), and the byline word for reporters (记者曾晓光).
 * @module lib/glossary/people
 */
import { readText } from '../text/reader';
import type { PersonName } from '../text/names';
import { AFTER_ONLY, BYLINE, TITLES, TITLE_PATTERN } from '../text/name-cues';

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

/** Where a role phrase starts: after clause punctuation, never across 、 (省委副书记、省长). */
const CLAUSE_BREAK = /[，。；：！？“”（）《》\n,;:!?()]/;
/** Leading words that introduce rather than name the role. */
const LEAD_IN = /^(?:据|由|经|而|但|并|另据|此外|同时|对此|其中)/;
const POST_AFTER = new RegExp(`^(?:${TITLES.filter((t) => !AFTER_ONLY.has(t)).join('|')})`);
const TITLE_END = new RegExp(`(?:${TITLE_PATTERN})$`);

/** The people of `text` in order of first appearance, one hit per name; `names` default to the text reader's. */
export function findPeople(text: string, names: PersonName[] = readText(text).names): PersonHit[] {
  const byName = new Map<string, PersonHit>();
  let prev: { end: number; role: string } | null = null;
  for (const n of names) {
    let role = roleBefore(text, n.start) || postAfter(text, n.end) || '';
    // Names listed with 、 share the title of the list (（记者宋晨、田中全）).
    if (!role && prev && prev.end === n.start - 1 && text[prev.end] === '、') role = prev.role;
    prev = { end: n.end, role };
    const hit = byName.get(n.text);
    if (!hit) byName.set(n.text, { name: n.text, role, start: n.start, foreign: n.foreign, surname: n.surname });
    else if (!hit.role && role) hit.role = role;
  }
  return [...byName.values()];
}

/** The title phrase before a name, back to the start of its clause, when a title or a byline word ends right before it; else ''. */
export function roleBefore(text: string, nameStart: number): string {
  let i = nameStart;
  while (i > 0 && nameStart - i < 40 && !CLAUSE_BREAK.test(text[i - 1])) i--;
  const phrase = text.slice(i, nameStart).replace(LEAD_IN, '').trim();
  return TITLE_END.test(phrase) || BYLINE.test(phrase) ? phrase : '';
}

/** The post written right after a name (习近平主席 → 主席), or null. */
export function postAfter(text: string, end: number): string | null {
  const m = POST_AFTER.exec(text.slice(end, end + 6));
  return m ? m[0] : null;
}
