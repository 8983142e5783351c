/**
 * Long DOM and text work written as steps: a generator that yields between
 * pieces of work (every STEP items of a loop), so the same code runs to the end
 * at once (`finish`, in Node and the CLI) or in slices between which the page
 * handles input (lib/ext/page/slices). Yielding costs a function call; the
 * caller decides whether to stop there.
 * @module lib/dom/steps
 */

/** Work that yields between its pieces and returns a `T`. */
export type Steps<T> = Generator<void, T, void>;

/** Items of a loop between two yields: small enough that one piece is well under a millisecond. */
export const STEP = 256;

/** Run `steps` to the end at once and return its result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
