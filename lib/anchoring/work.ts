/**
 * A count of the work anchoring does, so its bound can be tested by counting
 * rather than only by timing (a timing can pass on a fast machine by luck).
 * @module lib/anchoring/work
 */

/**
 * Units of work: one unit is one character compared, one cell of an edit-distance
 * table, or one 32-bit word step of Myers' search (the library's inner loop).
 * Pass one to anchor() or describeRange() to have it filled in.
 */
export interface Work {
  units: number;
}

/** Add `units` to `work` when one is being counted. */
export function spend(work: Work | undefined, units: number): void {
  if (work) work.units += units;
}
