/**
 * Word boundaries of a segmented text as two flag arrays, so a span can be
 * checked in O(1) for starting and ending on word boundaries (a name never
 * starts or ends inside a word: 李|强调 is not 李强).
 * @module lib/text/token-bounds
 */
import type { Segment } from './segment';

/** starts[i] / ends[i] are 1 where a word starts / ends at offset i (length text.length + 1). */
export interface TokenBounds { starts: Uint8Array; ends: Uint8Array }

/** Boundaries from a segmentation; without one, every offset is a boundary (character level). */
export function tokenBounds(text: string, segments?: Segment[]): TokenBounds {
  const starts = new Uint8Array(text.length + 1);
  const ends = new Uint8Array(text.length + 1);
  if (!segments) {
    starts.fill(1);
    ends.fill(1);
    return { starts, ends };
  }
  for (const s of segments) {
    starts[s.start] = 1;
    ends[s.end] = 1;
  }
  starts[text.length] = 1;
  ends[0] = 1;
  return { starts, ends };
}
