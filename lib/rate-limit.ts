/**
 * A limit of at most `max` events in any `windowMs`: for what may repeat but must not loop
 * (a panel frame the page keeps removing, a body the page keeps rewriting).
 * @module lib/rate-limit
 */

/** A limiter: each call asks for one more event now; true (and counted) when the limit allows it. */
export function createRateLimit(max: number, windowMs: number, now: () => number = Date.now): () => boolean {
  const times: number[] = [];
  return () => {
    const t = now();
    while (times.length && t - times[0] > windowMs) times.shift();
    if (times.length >= max) return false;
    times.push(t);
    return true;
  };
}
