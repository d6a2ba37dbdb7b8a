/** A small typed store: the one source of truth for what the reader has chosen. */
export interface Store<T> {
  get(): T;
  update(patch: Partial<T>): void;
  /** Replaces the whole state, as a pasted link does: what `next` does not say is cleared, not kept. */
  replace(next: T): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: T, previous: T) => void): () => void;
}

/**
 * @example const store = createStore({ count: 0 }); store.update({ count: 1 }); store.get().count // 1
 * @example const store = createStore<{ q?: string }>({ q: 'yodok' }); store.replace({}); store.get().q // undefined
 */
export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<(state: T, previous: T) => void>();
  const set = (next: T, keys: readonly string[]) => {
    const previous = state;
    state = next;
    if (keys.some((key) => previous[key as keyof T] !== state[key as keyof T])) {
      for (const listener of listeners) listener(state, previous);
    }
  };
  return {
    get: () => state,
    update: (patch) => set({ ...state, ...patch }, Object.keys(patch)),
    replace(next) {
      // What is unchanged keeps its identity, so listeners that compare by identity see only real changes.
      const same = (key: keyof T) => JSON.stringify(next[key]) === JSON.stringify(state[key]);
      const kept = Object.fromEntries(Object.keys(next).map((key) => [key, same(key as keyof T) ? state[key as keyof T] : next[key as keyof T]]));
      set(kept as T, [...new Set([...Object.keys(state), ...Object.keys(next)])]);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
