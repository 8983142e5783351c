/**
 * Test helper: an edited article built from pieces of the original (kept, moved or
 * repeated) and new text, so a test knows where every original character went —
 * the ground truth for "is this highlight where its text now is?".
 */

/** A slice [from, to) of the original text, or new text. */
export type Piece = { from: number; to: number } | { insert: string };

/** The edited text and where original characters now are. */
export interface Rebuilt {
  text: string;
  /** New ranges holding the surviving parts of original [start, end), one per piece that kept some of it. */
  survivors(start: number, end: number): [number, number][];
}

/** Build the edited text from `pieces` of `original`. */
export function rebuild(original: string, pieces: Piece[]): Rebuilt {
  let text = '';
  const placed: { from: number; to: number; at: number }[] = [];
  for (const p of pieces) {
    if ('insert' in p) {
      text += p.insert;
    } else {
      placed.push({ from: p.from, to: p.to, at: text.length });
      text += original.slice(p.from, p.to);
    }
  }
  return {
    text,
    survivors(start, end) {
      return placed
        .filter((p) => p.from < end && p.to > start)
        .map((p) => [p.at + Math.max(start, p.from) - p.from, p.at + Math.min(end, p.to) - p.from] as [number, number]);
    },
  };
}

/** The whole original, with [at, at + remove) replaced by `insert`: pieces for rebuild(). */
export function splice(original: string, at: number, remove: number, insert: string): Piece[] {
  return [{ from: 0, to: at }, { insert }, { from: at + remove, to: original.length }];
}

/**
 * Is a placement right? It must overlap what survives of the highlighted text; when the
 * highlighted text survives whole somewhere (a copy, a move), it must be exactly there.
 * Nothing surviving means any placement is wrong (the text was deleted).
 */
export function placedRightly(edited: Rebuilt, original: [number, number], placed: { start: number; end: number }): boolean {
  const parts = edited.survivors(original[0], original[1]);
  const whole = parts.filter(([s, e]) => e - s === original[1] - original[0]);
  if (whole.length) return whole.some(([s, e]) => s === placed.start && e === placed.end);
  return parts.some(([s, e]) => s < placed.end && e > placed.start);
}
