/**
 * The curated term base (terms.json): official English renderings of political
 * terms, countries, capitals, Chinese places, institutions and some people, each
 * with its source; and a longest-match scanner over an article.
 * @module lib/glossary/term-base
 */
import data from './terms.json';

/** One term base entry: the Chinese term, its English rendering, kind and source. */
export interface TermEntry {
  term: string;
  /** The English rendering. */
  en: string;
  kind: string;
  /** Where the rendering comes from (resolved source text). */
  source: string;
  /** Contexts where the string is not this term (幸福建设 is not 福建). */
  avoid?: string[];
  /** False: used as a gloss only, never listed on its own (中国). */
  list?: boolean;
}

/** A term base match in a text: offsets and the entry. */
export interface TermHit { start: number; end: number; entry: TermEntry }

interface RawData { sources: Record<string, string>; entries: { term: string; en: string; kind: string; source: string; avoid?: string[]; list?: boolean }[] }

/** A term base indexed for scanning: entries by first character, longest first. */
export interface TermBase { byTerm: Map<string, TermEntry>; byFirst: Map<string, TermEntry[]> }

/** Builds a scanner index over entries (the shipped base by default). */
export function createTermBase(entries: TermEntry[] = shippedEntries()): TermBase {
  const byTerm = new Map<string, TermEntry>();
  const byFirst = new Map<string, TermEntry[]>();
  for (const e of entries) {
    byTerm.set(e.term, e);
    const list = byFirst.get(e.term[0]) ?? [];
    list.push(e);
    byFirst.set(e.term[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.term.length - a.term.length);
  return { byTerm, byFirst };
}

let shipped: TermEntry[] | null = null;
let shippedBase: TermBase | null = null;

/** The entries of lib/glossary/terms.json with their source keys resolved. */
export function shippedEntries(): TermEntry[] {
  if (!shipped) {
    const raw = data as RawData;
    shipped = raw.entries.map((e) => ({ ...e, source: raw.sources[e.source] ?? e.source }));
  }
  return shipped;
}

/** The shipped term base, indexed once. */
export function defaultTermBase(): TermBase {
  shippedBase ??= createTermBase();
  return shippedBase;
}

/**
 * Scans text left to right taking the longest entry at each position, so 印度尼西亚
 * wins over 印度 and 江西安徽 reads as 江西 + 安徽, not 西安. An entry is skipped
 * where one of its `avoid` contexts overlaps the match.
 */
export function scanTerms(text: string, base: TermBase = defaultTermBase()): TermHit[] {
  const hits: TermHit[] = [];
  for (let i = 0; i < text.length; ) {
    const list = base.byFirst.get(text[i]);
    let hit: TermEntry | undefined;
    if (list) hit = list.find((e) => text.startsWith(e.term, i) && !avoided(text, i, e));
    if (hit) {
      hits.push({ start: i, end: i + hit.term.length, entry: hit });
      i += hit.term.length;
    } else i++;
  }
  return hits;
}

function avoided(text: string, i: number, e: TermEntry): boolean {
  if (!e.avoid) return false;
  const end = i + e.term.length;
  return e.avoid.some((ctx) => {
    // The context overlaps the match when it starts within reach of it. Only those starts are
    // tried: an indexOf to the end of the text made a huge page's scan quadratic.
    for (let at = Math.max(0, i - ctx.length + 1); at < end; at++) if (text.startsWith(ctx, at)) return true;
    return false;
  });
}
