import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type IncrementalProps<T> = {
  items: readonly T[];
  render: (item: T, index: number) => ComponentChildren;
  /** Items drawn at once; the rest follow `step` at a time whenever the frame is idle. */
  first?: number;
  step?: number;
};

/** Run `fn` when the page is idle (a 0 ms timer where there is no requestIdleCallback). */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 200 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
}

/**
 * A long list drawn in parts: the first items at once, the others a part per idle moment until
 * all are in. Why: a huge article's outline (a thousand lines) and its dates and figures drawn
 * in one go held the panel for a tenth of a second; short lists are drawn whole at once.
 */
export function Incremental<T>({ items, render, first = 60, step = 120 }: IncrementalProps<T>) {
  const [drawn, setDrawn] = useState({ items, count: first });
  // New items start again from the top (state of the previous list must not leak into them).
  const count = drawn.items === items ? drawn.count : first;
  useEffect(() => {
    if (count >= items.length) return undefined;
    return whenIdle(() => setDrawn({ items, count: count + step }));
  }, [items, count, step]);
  return <>{items.slice(0, count).map(render)}</>;
}
