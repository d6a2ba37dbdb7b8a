import { describe, expect, it, vi } from 'vitest';
import { historyMode } from '../../../src/state/history.ts';
import { createStore } from '../../../src/state/store.ts';
import { NO_FILTERS } from '../../../src/data/filter.ts';
import { readHash, type HashState } from '../../../src/state/url.ts';

describe('the store', () => {
  it('merges an update into the state', () => {
    const store = createStore<HashState>(readHash('#site=yodok&q=camp'));
    store.update({ q: 'sungho' });
    expect(store.get()).toMatchObject({ site: 'yodok', q: 'sungho' });
  });

  it('replaces the whole state with a pasted link: what the link does not say is cleared', () => {
    const store = createStore<HashState>(readHash('#site=yodok&q=camp&year=2020'));
    const listener = vi.fn();
    store.subscribe(listener);
    store.replace(readHash('#ministry=MSS'));
    expect(store.get()).toEqual({ filters: { ...NO_FILTERS, ministry: ['MSS'] } });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells no one when a replacement changes nothing, and keeps what is unchanged as it was', () => {
    const store = createStore<HashState>(readHash('#site=yodok&ministry=MSS'));
    const { filters } = store.get();
    const listener = vi.fn();
    store.subscribe(listener);
    store.replace(readHash('#ministry=MSS&site=yodok'));
    expect(listener).not.toHaveBeenCalled();
    store.replace(readHash('#ministry=MSS'));
    expect(store.get().filters).toBe(filters);
  });
});

describe('the history', () => {
  const none: HashState = { filters: NO_FILTERS };

  it('adds a step for each site the reader opens', () => {
    expect(historyMode(none, { ...none, site: 'yodok' }, false)).toBe('push');
    expect(historyMode({ ...none, site: 'yodok' }, { ...none, site: 'sungho-ri' }, false)).toBe('push');
  });

  it('changes the current step for the camera, filters, search, year, and closing a site', () => {
    expect(historyMode(none, { ...none, q: 'camp' }, false)).toBe('replace');
    expect(historyMode(none, { ...none, year: 2020 }, false)).toBe('replace');
    expect(historyMode({ ...none, site: 'yodok' }, { ...none, site: 'yodok', year: 2020 }, false)).toBe('replace');
    expect(historyMode({ ...none, site: 'yodok' }, none, false)).toBe('replace');
  });

  it('adds nothing for a change that came from the address bar or Back', () => {
    expect(historyMode(none, { ...none, site: 'yodok' }, true)).toBe('replace');
  });
});
