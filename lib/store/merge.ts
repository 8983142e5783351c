/**
 * Merging two copies of stored data record by record: by id (highlights), key
 * (articles) or word (corrections); the newer `updatedAt` wins. Deletions are
 * tombstones with their own `updatedAt`, so an older copy never brings a
 * deleted highlight back. Merges are commutative and idempotent, so two tabs,
 * an import or a retry can apply them in any order and agree.
 * @module lib/store/merge
 */
import type { ArticleRecord, Corrections, Highlight, SavedWord } from './types';

/** How a merge changed the first copy. */
export interface MergeCounts {
  /** Records only the second copy had. */
  added: number;
  /** Records the second copy had in a newer version. */
  updated: number;
  /** Records both had, identical, or where the first copy's version was newer. */
  unchanged: number;
}

/** Deterministic tie-break for two versions with the same time: tombstone first, then the larger JSON. */
function tieBreak(a: unknown, b: unknown, aDeleted: boolean, bDeleted: boolean): number {
  if (aDeleted !== bDeleted) return aDeleted ? 1 : -1;
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  return ja === jb ? 0 : ja > jb ? 1 : -1;
}

/** Positive when `a` should win over `b` (newer, or wins the tie-break). */
function compareVersions<T extends { updatedAt: string }>(a: T, b: T, deleted: (x: T) => boolean): number {
  const ta = Date.parse(a.updatedAt);
  const tb = Date.parse(b.updatedAt);
  if (ta !== tb) return (Number.isNaN(ta) ? -Infinity : ta) > (Number.isNaN(tb) ? -Infinity : tb) ? 1 : -1;
  return tieBreak(a, b, deleted(a), deleted(b));
}

/** Merge two keyed collections, counting what `b` changed in `a`. */
function mergeBy<T extends { updatedAt: string }>(
  a: Iterable<[string, T]>, b: Iterable<[string, T]>, deleted: (x: T) => boolean,
): { merged: Map<string, T>; counts: MergeCounts } {
  const merged = new Map(a);
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  for (const [key, incoming] of b) {
    const current = merged.get(key);
    if (!current) {
      merged.set(key, incoming);
      counts.added++;
    } else if (compareVersions(incoming, current, deleted) > 0) {
      merged.set(key, incoming);
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  return { merged, counts };
}

/** Sort order of highlights in stored data: article, then creation time, then id. */
export function compareHighlights(a: Highlight, b: Highlight): number {
  return a.articleKey.localeCompare(b.articleKey) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** Merge highlights of `b` into `a` by id (newest updatedAt wins, tombstones kept) and count what changed. */
export function mergeHighlightsCounted(a: Highlight[], b: Highlight[]): { merged: Highlight[]; counts: MergeCounts } {
  const { merged, counts } = mergeBy(a.map((h) => [h.id, h]), b.map((h) => [h.id, h]), (h) => h.deletedAt != null);
  return { merged: [...merged.values()].sort(compareHighlights), counts };
}

/** Merge two lists of highlights by id: the newest updatedAt wins, tombstones are kept (not resurrected). */
export function mergeHighlights(a: Highlight[], b: Highlight[]): Highlight[] {
  return mergeHighlightsCounted(a, b).merged;
}

/** Merge article records by key: the newer record wins. */
export function mergeArticles(a: ArticleRecord[], b: ArticleRecord[]): { merged: ArticleRecord[]; counts: MergeCounts } {
  const { merged, counts } = mergeBy(a.map((r) => [r.key, r]), b.map((r) => [r.key, r]), () => false);
  return { merged: [...merged.values()].sort((x, y) => x.key.localeCompare(y.key)), counts };
}

/** Sort order of the word list in stored data: when saved, then id. */
export function compareWords(a: SavedWord, b: SavedWord): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** Merge saved words by id: the newest updatedAt wins, tombstones are kept (a deleted word stays deleted). */
export function mergeWords(a: SavedWord[], b: SavedWord[]): { merged: SavedWord[]; counts: MergeCounts } {
  const { merged, counts } = mergeBy(a.map((w) => [w.id, w]), b.map((w) => [w.id, w]), (w) => w.deletedAt != null);
  return { merged: [...merged.values()].sort(compareWords), counts };
}

/** Merge reading corrections by word: the newer correction (or removal) wins. */
export function mergeCorrections(a: Corrections, b: Corrections): { merged: Corrections; counts: MergeCounts } {
  const { merged, counts } = mergeBy(Object.entries(a), Object.entries(b), (c) => c.pinyin === null);
  const out: Corrections = {};
  for (const word of [...merged.keys()].sort((x, y) => x.localeCompare(y))) out[word] = merged.get(word)!;
  return { merged: out, counts };
}

/**
 * Drop tombstones deleted more than `maxAgeMs` before `now`. Why keep them at all:
 * another tab or an old export may still hold the live version; 90 days (the default)
 * outlasts any open tab, and an import of an older export is then the reader's explicit choice.
 */
export function purgeTombstones(highlights: Highlight[], now: Date, maxAgeMs = 90 * 24 * 3600 * 1000): Highlight[] {
  return highlights.filter((h) => h.deletedAt == null || now.getTime() - Date.parse(h.deletedAt) <= maxAgeMs);
}
