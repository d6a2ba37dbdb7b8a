import { expect, it } from 'vitest';
import { totalBlockingTime } from '../../../scripts/bench/phone.ts';

it('counts only what each long task spends beyond 50 ms inside the window', () => {
  // Before FCP: only its part after FCP counts; after the window: nothing.
  expect(totalBlockingTime([[100, 120], [400, 40], [1000, 200], [9_950, 200]], 150, 10_000)).toBe(20 + 0 + 150 + 0);
  expect(totalBlockingTime([], 150, 10_000)).toBe(0);
});
