/**
 * The known parts of a segment CC-CEDICT lacks (哈萨克斯坦共和国 → 哈萨克斯坦 +
 * 共和国), and which other words a description of a segment may look up. Kept
 * apart from describe-segment so the background can use it without lib/annotate.
 * @module lib/text/segment-parts
 */
import type { Definition } from './definitions';
import { rankEntries } from './entry-rank';
import { surnameCandidates } from './name-gloss';

/** Dictionary entries of a word (empty when unknown): lookupDefinitions bound to a dictionary, or a reply's record. */
export type Lookup = (word: string) => Definition[];

/** A piece of a segment and its entries (empty for a character CC-CEDICT lacks). */
export interface SegmentPart { text: string; entries: Definition[] }

/** Longest part tried: longer than any CC-CEDICT headword a segment would contain. */
const MAX_PART = 12;

const HAN = /\p{Script=Han}/u;

/**
 * Splits `segment` into the fewest parts that have entries (a character or
 * a run of non-Han characters not covered stands alone, with no entries); among
 * equal splits, the one with the longer first part. The whole segment is never
 * one of the parts. Segments without a Han character have no parts (GDP is not G + D + P).
 */
export function knownParts(segment: string, lookup: Lookup): SegmentPart[] {
  if (!HAN.test(segment)) return [];
  // Units: one Han character, or a run of anything else (5G of 5G网络 stays whole).
  const units = segment.match(/\p{Script=Han}|[^\p{Script=Han}]+/gu) ?? [];
  const n = units.length;
  if (n < 2) return [];
  const cost = new Array<number>(n + 1).fill(0);
  const next = new Array<number>(n + 1).fill(n);
  const found = new Map<string, Definition[]>();
  for (let i = n - 1; i >= 0; i--) {
    cost[i] = Infinity;
    for (let j = Math.min(n, i + MAX_PART); j > i; j--) {
      if (i === 0 && j === n) continue;
      const piece = units.slice(i, j).join('');
      const entries = lookup(piece);
      if (!entries.length && j > i + 1) continue;
      found.set(piece, entries);
      // A known part costs 1, an unknown unit 3: two known parts beat one known and one unknown.
      const c = (entries.length ? 1 : 3) + cost[j];
      if (c < cost[i]) { cost[i] = c; next[i] = j; }
    }
  }
  const parts: SegmentPart[] = [];
  for (let i = 0; i < n; i = next[i]) {
    const piece = units.slice(i, next[i]).join('');
    // Common senses first: 高 of 高标准 is "high", not the surname Gao that CC-CEDICT lists first.
    parts.push({ text: piece, entries: rankEntries(found.get(piece) ?? []) });
  }
  return parts;
}

/**
 * The other words whose entries describeSegment may need for `segment`, given
 * its own entries: its parts when it has none, and the possible surnames (first
 * one and two characters) of a 2–4 character Han word that has no entry or
 * only proper-noun entries. The background adds these to a words reply, so the
 * content script can describe a segment from the reply alone.
 */
export function relatedWords(segment: string, lookup: Lookup, entries: Definition[] = lookup(segment)): string[] {
  const out = new Set<string>();
  if (!entries.length) for (const p of knownParts(segment, lookup)) out.add(p.text);
  if (entries.every((e) => /^\p{Lu}/u.test(e.pinyin))) for (const s of surnameCandidates(segment)) out.add(s);
  out.delete(segment);
  return [...out];
}
