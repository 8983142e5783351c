/**
 * Re-anchoring: from stored selectors back to a range of the current article text,
 * or null (an orphan, listed and re-attachable) — never a guess.
 *
 * 1. Unchanged text (same hash) and the quote at its stored position: done.
 * 2. The passage — quote and context up to the paragraph boundaries, folded
 *    (passage.ts) — reads the same somewhere: placed there, nearest the stored
 *    position. If the saved text already had copies of the passage, it is an orphan:
 *    which copy is the highlighted one cannot be told once the text has changed.
 * 3. Otherwise a place that differs from the passage by a few edits is placed only
 *    when the passage was distinct when saved: every other passage of that text was
 *    at least `margin` edits away, and a place is accepted only within (margin − 1) / 2
 *    edits, so it is closer to the saved passage than any passage that was already
 *    there — the edited passage itself, not a neighbour that always differed by a word.
 *
 * Cost is bounded whatever the selectors hold (see limits.ts): sides are read up to
 * CONTEXT_LENGTH characters, quotes beyond MAX_QUOTE_LENGTH are orphans, the
 * approximate search takes quotes up to FUZZY_QUOTE_LENGTH, edit distances run on at
 * most MAX_CANDIDATES places within MAX_EDITS. Pass `work` to count it.
 * @module lib/anchoring/anchor
 */
import { sideEdits } from './context';
import { foldText, foldedIndex, rawRange, type FoldedText } from './fold';
import { hashText } from './hash';
import { FUZZY_QUOTE_LENGTH, MAX_CANDIDATES, MAX_EDITS, MAX_QUOTE_LENGTH } from './limits';
import { approxNear, exactOccurrences, nearest, type Candidate } from './match-quote';
import { passageLength, passageOf, samePlaces, type Passage } from './passage';
import type { AnchorResult, Distinctness, Selectors } from './types';
import { spend, type Work } from './work';

/** Options for anchor(). */
export interface AnchorOptions {
  /** hashText(text), computed once when anchoring many highlights in one text. */
  textHash?: string;
  /** Filled in with the work done (see work.ts). */
  work?: Work;
}

/**
 * Edits allowed between the saved passage and a place (0: it must read the same).
 * At most (margin − 1) / 2: every other passage of the saved text was at least `margin`
 * edits from the saved passage, so by the triangle inequality a place e ≤ (margin − 1) / 2
 * edits from it is more than e edits from all of them — closer to the highlighted passage
 * than to anything else the text had, and never an unedited neighbour (≥ margin > e).
 * At most a quarter of the passage and MAX_EDITS too, so a rewritten passage is not "found".
 * Highlights saved without distinctness (older ones) get 0.
 */
export function allowedEdits(p: Passage, distinct: Distinctness | undefined): number {
  if (!distinct || distinct.copies > 0 || !(distinct.margin >= 1)) return 0;
  return Math.max(0, Math.min(Math.floor((distinct.margin - 1) / 2), Math.floor(passageLength(p) / 4), MAX_EDITS));
}

/**
 * Among places where the passage reads the same, the saved one: null when the text had
 * copies of the passage (Distinctness.copies); else the one nearest the saved position
 * (one place, or copies that appeared since: a repeated paragraph reads the same in both).
 */
function pickSame(places: number[], distinct: Distinctness | undefined, hint: number): number | null {
  if (distinct && distinct.copies > 0) return null;
  return nearest(places.map((s) => ({ start: s, end: s })), hint, 1)[0].start;
}

/** The place within `allowed` edits of the passage with the fewest, nearest the hint on ties; null when none. */
function closest(folded: FoldedText, p: Passage, exact: number[], allowed: number, hint: number, work?: Work): Candidate & { edits: number } | null {
  const quoteAllowed = p.quote.length <= FUZZY_QUOTE_LENGTH ? Math.min(allowed, Math.floor(p.quote.length / 4)) : 0;
  const found: Candidate[] = exact.map((s) => ({ start: s, end: s + p.quote.length, errors: 0 }));
  if (quoteAllowed > 0) found.push(...approxNear(folded.text, p.quote, quoteAllowed, hint, MAX_CANDIDATES, work));
  let best: (Candidate & { edits: number }) | null = null;
  spend(work, found.length);
  for (const c of nearest(found, hint, MAX_CANDIDATES)) {
    // Only a place with fewer edits than the best so far can replace it (ties keep the nearer one).
    const budget = (best ? best.edits - 1 : allowed) - c.errors;
    if (budget < 0) continue;
    const before = sideEdits(folded, c.start, -1, p.before, budget, work);
    if (before > budget) continue;
    const after = sideEdits(folded, c.end, 1, p.after, budget - before, work);
    const edits = c.errors + before + after;
    if (edits <= allowed && (!best || edits < best.edits)) best = { ...c, edits };
  }
  return best;
}

/** Map a folded range to the raw text, as an anchor result. */
function result(text: string, folded: FoldedText, exact: string, s: number, e: number, edits: number, p: Passage, selectors: Selectors): AnchorResult {
  let { start, end } = rawRange(folded, s, e);
  // Folding drops white space at the quote's edges; take it back when the raw quote is there.
  const lead = exact.length - exact.trimStart().length;
  if (text.startsWith(exact, start - lead)) [start, end] = [start - lead, start - lead + exact.length];
  const same = text.slice(start, end) === exact;
  const atPosition = same && start === selectors.position.start && end === selectors.position.end;
  const method = atPosition ? 'position' : same ? 'quote' : 'fuzzy';
  return { start, end, method, score: Math.round((1 - edits / Math.max(1, passageLength(p))) * 1000) / 1000 };
}

/** Place the selectors in `text`, or return null when the highlight cannot be placed with confidence (orphan). */
export function anchor(text: string, selectors: Selectors, options: AnchorOptions = {}): AnchorResult | null {
  const { quote, position, distinct } = selectors;
  const exact = quote.exact;
  if (!exact || !text || exact.length > MAX_QUOTE_LENGTH) return null;
  // 1. The stored position in unchanged text: certain.
  if (text.slice(position.start, position.end) === exact && (options.textHash ?? hashText(text)) === selectors.textHash) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  const folded = foldText(text);
  const p = passageOf(quote);
  if (!p.quote) return null;
  const hint = foldedIndex(folded, position.start);
  // 2. Where the passage reads the same.
  const occurrences = exactOccurrences(folded.text, p.quote, options.work, hint);
  const same = samePlaces(folded, p, options.work, occurrences);
  if (same.length) {
    const s = pickSame(same, distinct, hint);
    return s === null ? null : result(text, folded, exact, s, s + p.quote.length, 0, p, selectors);
  }
  // 3. A place within the allowed edits.
  const allowed = allowedEdits(p, distinct);
  if (allowed < 1) return null;
  const best = closest(folded, p, occurrences, allowed, hint, options.work);
  return best ? result(text, folded, exact, best.start, best.end, best.edits, p, selectors) : null;
}

/** Anchor many highlights in one text, hashing and folding the text once; results are in input order. */
export function anchorAll(text: string, all: Selectors[], work?: Work): (AnchorResult | null)[] {
  const textHash = hashText(text);
  return all.map((s) => anchor(text, s, { textHash, work }));
}
