/** A small typed store: the one source of truth for what the reader has chosen. */
export interface Store<T> {
  get(): T;
  update(patch: Partial<T>): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: T, previous: T) => void): () => void;
}

/**
 * @example const store = createStore({ count: 0 }); store.update({ count: 1 }); store.get().count // 1
 */
export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<(state: T, previous: T) => void>();
  return {
    get: () => state,
    update(patch) {
      const previous = state;
      state = { ...state, ...patch };
      if (Object.keys(patch).some((key) => previous[key as keyof T] !== state[key as keyof T])) {
        for (const listener of listeners) listener(state, previous);
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
