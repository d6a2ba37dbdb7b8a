import { expect, it } from 'vitest';
import { summarisePhone, totalBlockingTime, type PhoneRun } from '../../../scripts/bench/phone.ts';

it('counts only what each long task spends beyond 50 ms inside the window', () => {
  // Before FCP: only its part after FCP counts; after the window: nothing.
  expect(totalBlockingTime([[100, 120], [400, 40], [1000, 200], [9_950, 200]], 150, 10_000)).toBe(20 + 0 + 150 + 0);
  expect(totalBlockingTime([], 150, 10_000)).toBe(0);
});

it('takes the paints from every load, and the rest from the full loads alone', () => {
  const full = (lcp: number, tbt: number): PhoneRun => ({ fcp: lcp, lcp, tbt, longTasks: 1, longestTask: 60, mapReady: 2_000, previewPainted: lcp, requests: 9, bytes: 1, errors: [] });
  const summary = summarisePhone([full(300, 100), full(500, 300)], [200, 210, 220].map((lcp) => ({ fcp: lcp, lcp, previewPainted: lcp })));
  expect(summary.lcp).toEqual({ median: 220, min: 200, max: 500, n: 5 });
  expect(summary.previewPainted.n).toBe(5);
  expect(summary.tbt).toEqual({ median: 200, min: 100, max: 300, n: 2 });
});
