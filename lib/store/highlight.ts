/**
 * Making and changing highlight records with the bookkeeping merges rely on:
 * every change raises `updatedAt`, deleting leaves a tombstone, undo is a newer edit.
 * @module lib/store/highlight
 */
import type { Selectors } from '../anchoring/types';
import { DEFAULT_COLOR, type Highlight, type HighlightColor } from './types';

/** A new highlight; `id` comes from the caller (crypto.randomUUID() in the extension) so this stays pure. */
export function createHighlight(fields: {
  id: string; articleKey: string; selectors: Selectors; color?: HighlightColor; note?: string; now: Date;
}): Highlight {
  const t = fields.now.toISOString();
  return {
    id: fields.id, articleKey: fields.articleKey, selectors: fields.selectors,
    color: fields.color ?? DEFAULT_COLOR, note: fields.note ?? '', createdAt: t, updatedAt: t,
  };
}

/** Change colour, note or selectors (re-attaching an orphan); `updatedAt` moves forward. */
export function updateHighlight(h: Highlight, patch: Partial<Pick<Highlight, 'color' | 'note' | 'selectors'>>, now: Date): Highlight {
  return { ...h, ...patch, updatedAt: laterThan(h.updatedAt, now) };
}

/** Delete as a tombstone (kept so merges do not bring it back). */
export function deleteHighlight(h: Highlight, now: Date): Highlight {
  const t = laterThan(h.updatedAt, now);
  return { ...h, deletedAt: t, updatedAt: t };
}

/** Undo a deletion: a newer live version, which wins over the tombstone in every merge. */
export function restoreHighlight(h: Highlight, now: Date): Highlight {
  return { ...h, deletedAt: null, updatedAt: laterThan(h.updatedAt, now) };
}

/**
 * `now` as ISO, but at least 1 ms after `previous`. Why: a clock that went back
 * (or two changes in the same millisecond) must still make the change the newer version.
 */
function laterThan(previous: string, now: Date): string {
  const prev = Date.parse(previous);
  return new Date(Number.isNaN(prev) ? now.getTime() : Math.max(now.getTime(), prev + 1)).toISOString();
}
