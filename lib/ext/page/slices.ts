/**
 * Run long work in slices on the page's main thread: steps (lib/dom/steps) are
 * advanced until a slice has used its budget, then the page gets the thread back
 * (input, rendering) before the next slice. Why: RAIL asks every task to end
 * within 50 ms; a huge page's extraction or marks would otherwise hold the page
 * for a second.
 * @module lib/ext/page/slices
 */
import type { Steps } from '../../dom/steps';

/** Time one slice may use (ms): under RAIL's 50 ms, with room for the step that crosses it
 * (the longest, Readability on an ordinary article body, takes 10–30 ms). */
export const SLICE_MS = 20;

type Scheduler = { yield?: () => Promise<void> };

/**
 * Give the page its main thread back, then continue. scheduler.yield (Chromium 129+) resumes
 * ahead of other queued work; elsewhere a 0 ms timer, which goes after the tasks already queued.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Run `steps` to the end in slices of about `budgetMs`; resolves with its result. */
export async function runInSlices<T>(steps: Steps<T>, budgetMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
