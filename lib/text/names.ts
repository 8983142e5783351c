/**
 * Personal names in running text, found as news writes them: a surname (by its
 * frequency, lib/text/surnames), a given name of one or two characters, and the
 * article's own cues — bylines (记者曾晓光), titles before or after the name
 * (副省长孙守刚, 王毅外长), reporting verbs (李金坤表示), lists joined by 、
 * and repetition. Foreign names are found when written with a middle dot
 * (米歇尔・布兰) or next to a title (总统克林顿). No list of names is used.
 *
 * Candidates are scored in lib/text/name-candidates; this module picks the names:
 * dotted foreign names first, then the best-scoring candidates from {@link ACCEPT}
 * up, then the neighbours of accepted names in lists, then every other place
 * where an accepted name stands on word boundaries.
 * @module lib/text/names
 */
import type { Segment } from './segment';
import { ACCEPT, TITLE_CUE, rightCue, scoreCandidates, titleSpans, type Candidate, type WordCost } from './name-candidates';
import { findForeignNames, type ForeignName } from './foreign-names';
import { tokenBounds, type TokenBounds } from './token-bounds';
import { isTransliteration } from './transliteration';

export { ACCEPT } from './name-candidates';

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
  wordCost?: WordCost;
}

/** Transliteration characters that Chinese given names hardly use (斯, 尔, 特, 姆, 茨, 兹, 耶, 娃). */
const FOREIGN_ONLY = /[斯尔特姆茨兹耶娃]/;
/** What a neighbour in a list of accepted names adds (记者曾晓光、单晓明). */
const LIST_BONUS = 2.5;
/** A list item ends at the next separator (、，。；）), at 等 / 和, or at the end of the text. */
const LIST_ITEM_END = /^(?:[、，。；：）)\s等和与及]|$)/;

/** The names taken so far, with the characters they (or titles) occupy. */
class Taken {
  readonly names: PersonName[] = [];
  private readonly used: Uint8Array;
  constructor(private readonly text: string) { this.used = new Uint8Array(text.length); }
  /** Reserves a span that no name may overlap (a title). */
  block(start: number, end: number): void { this.used.fill(2, start, end); }
  /** Takes a span as a name unless it overlaps one already taken; true when taken. */
  take(c: { start: number; end: number; surname: number }, foreign = false): boolean {
    for (let k = c.start; k < c.end; k++) if (this.used[k]) return false;
    this.used.fill(1, c.start, c.end);
    this.names.push({ start: c.start, end: c.end, text: this.text.slice(c.start, c.end), surname: c.surname, foreign });
    return true;
  }
  /** Gives a taken span back. */
  drop(c: { start: number; end: number }): void {
    const k = this.names.findIndex((n) => n.start === c.start && n.end === c.end);
    if (k >= 0) { this.names.splice(k, 1); this.used.fill(0, c.start, c.end); }
  }
}

/** Personal names in `text`, in order, not overlapping. */
export function findPersonNames(text: string, ctx: NameContext = {}): PersonName[] {
  const bounds = tokenBounds(text, ctx.segments);
  const seen = new Map<string, number>();
  const { byStart, byEnd } = scoreCandidates(text, bounds, ctx.wordCost, seen);
  const taken = new Taken(text);
  // A title is never part of a name (常务副 in 常务副省长 is not 常 + 务副).
  for (const t of titleSpans(text)) taken.block(t.start, t.end);
  const foreign = findForeignNames(text, bounds, ctx.wordCost);
  for (const f of foreign.filter((f) => f.dotted)) taken.take({ ...f, surname: 0 }, true);
  preferRepeated(text, byStart, seen);
  const all = [...byStart.values()].flat().sort((a, b) => b.score - a.score || a.start - b.start);
  for (const c of all) {
    if (c.score < ACCEPT) continue;
    const foreignShape = looksForeign(text.slice(c.start, c.end), c.surname);
    taken.take(foreignShape ? { ...c, surname: 0 } : c, foreignShape);
  }
  dropTitleOwned(all, taken);
  for (const f of foreign.filter((f) => !f.dotted)) taken.take({ ...f, surname: 0 }, true);
  extendLists(text, byStart, byEnd, taken);
  repeatNames(text, bounds, foreign, taken);
  return taken.names.sort((a, b) => a.start - b.start);
}

/**
 * A name in transliteration characters whose given part has a character that
 * Chinese given names hardly use (罗林斯, 施瓦茨) is a foreign name, so it is
 * not romanised as a Chinese one.
 */
function looksForeign(name: string, surname: number): boolean {
  return isTransliteration(name) && FOREIGN_ONLY.test(name.slice(surname));
}

/** The name the article repeats is the name: 王毅 (twice) over 王毅同 (once). */
function preferRepeated(text: string, byStart: Map<number, Candidate[]>, seen: Map<string, number>): void {
  const count = (c: Candidate) => seen.get(text.slice(c.start, c.end)) ?? 0;
  for (const list of byStart.values()) {
    for (const long of list) {
      const short = list.find((c) => c.end < long.end);
      if (short && count(short) > count(long)) long.score -= 1.5;
    }
  }
}

/** A title right after another name is that name's (习近平主席贺信): it introduces nothing after it. */
function dropTitleOwned(all: Candidate[], taken: Taken): void {
  const nameEnds = new Set(taken.names.map((n) => n.end));
  for (const c of all) {
    if (c.titleStart !== undefined && nameEnds.has(c.titleStart) && c.score - TITLE_CUE < ACCEPT) taken.drop(c);
  }
}

/** Lists: a candidate next to an accepted name is a name too — across 、 in running text, across spaces in bylines (本报记者 王乐文 方敏). */
function extendLists(text: string, byStart: Map<number, Candidate[]>, byEnd: Map<number, Candidate[]>, taken: Taken): void {
  const best = (list: Candidate[] | undefined, ok: (c: Candidate) => boolean) => list?.filter((c) => c.score + LIST_BONUS >= ACCEPT && ok(c)).sort((a, b) => b.score - a.score)[0];
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of [...taken.names]) {
      const gap = /^(?:、|[ 　]+)/.exec(text.slice(n.end, n.end + 3))?.[0].length ?? 0;
      const next = gap ? best(byStart.get(n.end + gap), (c) => LIST_ITEM_END.test(text.slice(c.end, c.end + 1)) || rightCue(text, c.end) > 1) : undefined;
      if (next && taken.take(next)) changed = true;
      const prev = text[n.start - 1] === '、' ? best(byEnd.get(n.start - 1), () => true) : undefined;
      if (prev && taken.take(prev)) changed = true;
    }
  }
}

/** Repetition: an accepted name is a name wherever it stands on word boundaries (foreign names only when dotted). */
function repeatNames(text: string, bounds: TokenBounds, foreign: ForeignName[], taken: Taken): void {
  for (const n of [...taken.names]) {
    if (n.foreign && !foreign.some((f) => f.dotted && f.start === n.start)) continue;
    for (let i = text.indexOf(n.text); i !== -1; i = text.indexOf(n.text, i + 1)) {
      const end = i + n.text.length;
      if (bounds.starts[i] && bounds.ends[end]) taken.take({ start: i, end, surname: n.surname }, n.foreign);
    }
  }
}
