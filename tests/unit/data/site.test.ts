import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/data/site.ts';

describe('isoDate', () => {
  it.each(['2020', '2020-12', '2020-12-23', '2024-02-29'])('accepts %s', (date) => {
    expect(isoDate.safeParse(date).success).toBe(true);
  });
  it.each(['20', '2020-13', '2021-02-29', '12/2020', '2020-1-5', '9999'])('rejects %s', (date) => {
    expect(isoDate.safeParse(date).success).toBe(false);
  });
});
