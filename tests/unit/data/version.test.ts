import { describe, expect, it } from 'vitest';
import { dataVersionOf } from '../../../src/data/version.ts';

describe('dataVersionOf', () => {
  it('names the newest entry, the last listed of its day', () => {
    const entries = [
      { id: 'a', date: '2026-12-01' },
      { id: 'c', date: '2026-12-03' },
      { id: 'b', date: '2026-12-02' },
      { id: 'd', date: '2026-12-03' },
    ];
    expect(dataVersionOf('1a2b3c4d', '2026-12-03', entries)).toEqual({ hash: '1a2b3c4d', date: '2026-12-03', corrections: 4, latest: 'd' });
  });

  it('names none before the first correction', () => {
    expect(dataVersionOf('1a2b3c4d', '2026-12-03', [])).toEqual({ hash: '1a2b3c4d', date: '2026-12-03', corrections: 0 });
  });
});
