/**
 * A tiny observable value for UI state (the content script's, the panel's, the
 * library's): state lives here, outside the Preact components, which only take
 * props. Not to be confused with lib/store, the persistent data model.
 * @module lib/ext/observable
 */
export interface Observable<T> {
  get(): T;
  /** Merge `patch` (or what the function returns) into the value; listeners run once. */
  set(patch: Partial<T> | ((value: T) => Partial<T>)): void;
  /** Call `listener` after every change with the new value and the keys that were set. */
  subscribe(listener: (value: T, changed: (keyof T)[]) => void): () => void;
}

/** Create an observable holding `initial`. */
export function createObservable<T extends object>(initial: T): Observable<T> {
  let value = initial;
  const listeners = new Set<(value: T, changed: (keyof T)[]) => void>();
  return {
    get: () => value,
    set(patch) {
      const next = typeof patch === 'function' ? patch(value) : patch;
      value = { ...value, ...next };
      const changed = Object.keys(next) as (keyof T)[];
      listeners.forEach((l) => l(value, changed));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
