/**
 * Bookkeeping for highlight changes that are not stored yet: when to try a failed
 * write again, and how a version another tab stored meets a local change still
 * pending. Pure; lib/ext/page/highlighter does the storing.
 * @module lib/highlights/pending
 */
import type { Highlight } from '../store/types';

/** Retry delays in ms after the 1st, 2nd … failure; why: a full store is usually freed by the
 * reader within seconds or minutes, and retrying faster only repeats the same error. */
export const RETRY_DELAYS = [2_000, 5_000, 15_000, 30_000, 60_000];

/** Delay before retrying after `failures` failed writes (≥ 1). */
export function retryDelay(failures: number): number {
  return RETRY_DELAYS[Math.min(Math.max(failures, 1), RETRY_DELAYS.length) - 1];
}

/** What to do with a version of a highlight that storage reports (written by this tab or another). */
export type Reconciled = 'take' | 'keep-local' | 'remove';

/**
 * Decide between the local entry and the stored version `incoming` (null: the key was removed).
 * A local change not yet stored wins while it is newer: the reader's latest action is never
 * undone by an older copy; otherwise storage wins, deletions included.
 */
export function reconcile(local: { highlight: Highlight; pending: boolean } | undefined, incoming: Highlight | null): Reconciled {
  if (local?.pending && (!incoming || local.highlight.updatedAt > incoming.updatedAt)) return 'keep-local';
  if (!incoming || incoming.deletedAt) return 'remove';
  return 'take';
}
