/**
 * A tiny observable value: the content script's state lives here, outside the
 * Preact components, which only take props.
 * @module lib/ext/store
 */
export interface Store<T> {
  get(): T;
  set(patch: Partial<T> | ((value: T) => Partial<T>)): void;
  subscribe(listener: (value: T) => void): () => void;
}

/** Create a store holding `initial`; listeners run after every change. */
export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(patch) {
      const next = typeof patch === 'function' ? patch(value) : patch;
      value = { ...value, ...next };
      listeners.forEach((l) => l(value));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
