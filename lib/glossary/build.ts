/**
 * The glossary of one article: terms from the curated base, people with their
 * titles, quoted names and slogans, works, meetings, organisations and idioms; each
 * with its pinyin as the words layer reads it (lib/text/reader), an English gloss
 * (or null: unglossed, never guessed) and how it was made (glossMethod: term base,
 * dictionary, a Chinese name romanised by rule, or composed), its kind, count and
 * first position.
 * @module lib/glossary/build
 */
import type { ArticleMeta, GlossaryEntry, GlossMethod } from '../types';
import { defaultTermBase, scanTerms, type TermBase, type TermHit } from './term-base';
import { findPeople, namedThings, postAfter } from './people';
import { readText, type Reader, type TextReading } from '../text/reader';
import { bookTitles, mediaNames, meetings, organisations, quotedTerms } from './patterns';
import { pinyinInContext } from './pinyin';
import { romaniseName } from '../text/name-reading';
import { domainTerms } from './domain';
import { findIdioms } from './idioms';
import { COMPOSED_SOURCE, composeGloss } from './compose';

/** Options for buildGlossary: term base, fallback lookup, order and size. */
export interface GlossaryOptions {
  /** The term base; default the shipped terms.json. */
  base?: TermBase;
  /** Fallback dictionary (e.g. CC-CEDICT) for terms the base does not gloss. */
  lookup?: (term: string) => string | null;
  /** 'importance' (kind weight × frequency) or 'first' (reading order). Default 'importance'. */
  order?: 'importance' | 'first';
  /** Most entries returned. Default 40. */
  limit?: number;
  /** The text reader (words, readings, names); default the installed one (lib/text/reader), as the words layer uses. */
  read?: Reader;
}

interface Candidate { term: string; kind: string; start: number; gloss: string | null; glossSource?: string; glossMethod?: GlossMethod; role?: string; person?: boolean; baseHits?: number }

/** Kinds a reader needs most; a weight per kind for the importance order. */
const KIND_WEIGHT: Record<string, number> = { person: 3, term: 3, slogan: 3, quote: 2.5, meeting: 2.5, org: 2.5, work: 2, idiom: 2, name: 2, place: 1.5, domain: 1 };
const ROMANIZED = 'Romanised by rule: Hanyu Pinyin with surname readings, surname first (GB/T 28039-2011, Chinese names in Pinyin)';
const DICTIONARY = 'fallback dictionary';

/** Builds the term base index and wakes pinyin-pro, so the first buildGlossary is fast (call when idle). */
export function prepareGlossary(base: TermBase = defaultTermBase()): void {
  scanTerms('人类命运共同体', base);
  pinyinInContext('银行行长', 0, 4);
}

/** Builds the glossary of an article; terms that also appear in the title (meta) rank higher. */
export function buildGlossary(text: string, meta?: Partial<ArticleMeta> | null, opts: GlossaryOptions = {}): GlossaryEntry[] {
  const base = opts.base ?? defaultTermBase();
  const reading = (opts.read ?? readText)(text);
  const cands = new Map<string, Candidate>();
  const add = (c: Candidate) => {
    const old = cands.get(c.term);
    if (!old) cands.set(c.term, c);
    else if (c.start < old.start) old.start = c.start;
  };

  const hits = scanTerms(text, base);
  const hitCount = new Map<string, number>();
  for (const h of hits) hitCount.set(h.entry.term, (hitCount.get(h.entry.term) ?? 0) + 1);
  for (const h of hits) {
    if (h.entry.list === false) continue;
    const person = h.entry.kind === 'person';
    const post = person ? postAfter(text, h.end) : null;
    add({ term: h.entry.term, kind: h.entry.kind, start: h.start, gloss: h.entry.en, glossSource: h.entry.source, glossMethod: 'term-base', person, baseHits: hitCount.get(h.entry.term), ...(post ? { role: post } : {}) });
  }
  const isPlace = (w: string) => base.byTerm.get(w)?.kind === 'place';
  for (const p of findPeople(text, reading.names, { words: reading.words, isPlace })) {
    const old = cands.get(p.name);
    if (old) { old.role = p.role || old.role; old.person = true; continue; }
    const known = base.byTerm.get(p.name);
    const looked = known || !p.foreign ? null : opts.lookup?.(p.name) ?? null;
    const gloss = known?.en ?? (p.foreign ? looked : romaniseName({ text: p.name, surname: p.surname, foreign: false }));
    const glossMethod: GlossMethod | undefined = known ? 'term-base' : p.foreign ? (looked ? 'dictionary' : undefined) : 'romanised';
    const glossSource = known?.source ?? (glossMethod === 'romanised' ? ROMANIZED : glossMethod === 'dictionary' ? DICTIONARY : undefined);
    add({ term: p.name, kind: 'person', start: p.start, gloss, glossSource, glossMethod, role: p.role || undefined, person: true });
  }
  // A name that only names a thing (图帕克·卡塔里通信卫星) is a name, not a person: no romanisation as one.
  for (const t of namedThings(text, reading.names, reading.words)) {
    if (cands.has(t.name)) continue;
    const known = base.byTerm.get(t.name);
    const looked = known ? null : opts.lookup?.(t.name) ?? null;
    add({ term: t.name, kind: 'name', start: t.start, gloss: known?.en ?? looked, glossSource: known?.source ?? (looked ? DICTIONARY : undefined), glossMethod: known ? 'term-base' : looked ? 'dictionary' : undefined });
  }
  if (opts.lookup) {
    // Before quoted terms, so a quoted idiom (“三足鼎立”) is an idiom, not a numbered slogan.
    for (const idiom of findIdioms(reading.words, opts.lookup)) {
      if (cands.has(idiom.term)) continue;
      add({ term: idiom.term, kind: 'idiom', start: idiom.start, gloss: idiom.gloss, glossSource: DICTIONARY, glossMethod: 'dictionary' });
    }
  }

  for (const q of [...quotedTerms(text), ...bookTitles(text), ...meetings(text), ...organisations(text, placeHits(hits), new Set(reading.words.map((w) => w.end))), ...mediaNames(text)]) {
    if (cands.has(q.term)) continue;
    const inner = q.term.replace(/^《|》$/g, '');
    const known = base.byTerm.get(inner);
    const composed = known ? null : composeGloss(inner, base);
    add({ term: q.term, kind: known?.kind ?? q.kind, start: q.start, gloss: known?.en ?? composed, glossSource: known?.source ?? (composed ? COMPOSED_SOURCE : undefined), glossMethod: known ? 'term-base' : composed ? 'composed' : undefined });
  }

  for (const d of domainTerms(text)) {
    if ([...cands.keys()].some((t) => t.includes(d.term) || d.term.includes(t))) continue;
    add({ term: d.term, kind: 'domain', start: d.start, gloss: null });
  }

  const list = dropContained(mergeSameGloss([...cands.values()]), text).map((c) => toEntry(c, text, reading, opts));
  const title = [meta?.title, meta?.preTitle, meta?.subtitle].filter(Boolean).join(' ');
  return order(list, opts.order ?? 'importance', title).slice(0, opts.limit ?? 40);
}

function placeHits(hits: TermHit[]): TermHit[] {
  return hits.filter((h) => h.entry.kind === 'place');
}

function toEntry(c: Candidate, text: string, reading: TextReading, opts: GlossaryOptions): GlossaryEntry {
  // Base hits skip avoided contexts (幸福建设), so their own first hit is the first occurrence.
  const first = c.baseHits !== undefined ? c.start : Math.min(c.start, firstIndex(text, c.term, c.start));
  let gloss = c.gloss;
  let glossSource = c.glossSource;
  let glossMethod = c.glossMethod;
  if (gloss === null && opts.lookup && !c.person) {
    gloss = opts.lookup(c.term.replace(/^《|》$/g, ''));
    if (gloss !== null) { glossSource = DICTIONARY; glossMethod = 'dictionary'; }
  }
  const bare = c.term.replace(/^《|》$/g, '');
  const offset = c.term.startsWith('《') && text.startsWith(c.term, first) ? 1 : 0;
  const entry: GlossaryEntry = {
    term: c.term,
    pinyin: pinyinInContext(text, first + offset, first + offset + bare.length, reading),
    gloss,
    kind: c.kind,
    count: c.baseHits ?? Math.max(1, countOf(text, c.term)),
    first,
  };
  if (c.role) entry.role = c.role;
  if (glossSource && gloss !== null) entry.glossSource = glossSource;
  if (glossMethod && gloss !== null) entry.glossMethod = glossMethod;
  return entry;
}

/** Folds a longer base term into a shorter one it contains with the same gloss (拉美和加勒比地区 → 拉美和加勒比). */
function mergeSameGloss(list: Candidate[]): Candidate[] {
  const out = list.filter((a) => {
    const host = list.find((b) => b !== a && b.gloss !== null && b.gloss === a.gloss && a.term.includes(b.term) && a.term.length > b.term.length);
    if (!host) return true;
    host.start = Math.min(host.start, a.start);
    if (host.baseHits !== undefined && a.baseHits !== undefined) host.baseHits += a.baseHits;
    return false;
  });
  return out;
}

/** Drops a term every occurrence of which sits inside a longer listed term (发展改革委 in 河南省发展改革委), except a place repeatedly opening organisations' names. */
function dropContained(list: Candidate[], text: string): Candidate[] {
  const longer = [...list].sort((a, b) => b.term.length - a.term.length);
  return list.filter((c) => {
    const hosts = longer.filter((o) => o.term.length > c.term.length && o.term.includes(c.term));
    if (hosts.length === 0) return true;
    // A place that opens the names of bodies again and again (北京 in 北京青年报, 北京市青年宫 …) is a place of the article too.
    if (c.kind === 'place' && countOf(text, c.term) >= 2 && hosts.every((h) => h.kind === 'org' && h.term.startsWith(c.term))) return true;
    const covered = new Array<boolean>(text.length).fill(false);
    for (const h of hosts) for (let i = text.indexOf(h.term); i !== -1; i = text.indexOf(h.term, i + 1)) for (let k = i; k < i + h.term.length; k++) covered[k] = true;
    for (let i = text.indexOf(c.term); i !== -1; i = text.indexOf(c.term, i + 1)) if (!covered[i]) return true;
    return false;
  });
}

function order(list: GlossaryEntry[], how: 'importance' | 'first', title: string): GlossaryEntry[] {
  if (how === 'first') return list.sort((a, b) => a.first - b.first);
  // Kind weight × log frequency; a gloss and a place in the headline add a little.
  const score = (e: GlossaryEntry) => (KIND_WEIGHT[e.kind] ?? 1) * (1 + Math.log2(e.count)) + (e.gloss ? 0.5 : 0) + (title.includes(e.term) ? 2 : 0);
  return list.sort((a, b) => score(b) - score(a) || a.first - b.first);
}

function firstIndex(text: string, term: string, fallback: number): number {
  const i = text.indexOf(term);
  return i === -1 ? fallback : i;
}

function countOf(text: string, term: string): number {
  let n = 0;
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length)) n++;
  return n;
}
