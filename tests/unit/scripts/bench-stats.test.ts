import { expect, it } from 'vitest';
import { evaluateBudgets } from '../../../scripts/bench/budgets.ts';
import { summarisePhone, type PaintRun, type PhoneResult } from '../../../scripts/bench/phone.ts';
import { medianDifference, spread } from '../../../scripts/bench/stats.ts';

const range = (from: number, count: number, step = 1) => Array.from({ length: count }, (_, i) => from + i * step);

it('gives the median, min and max of the finite values', () => {
  expect(spread([4, null, 1, 3, NaN, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
  expect(spread([undefined]).n).toBe(0);
});

it('bounds the difference of two medians by where the resampled medians can fall', () => {
  // Any resample's median of 100–119 lies in 100–119, of 200–219 in 200–219.
  const { difference, low, high } = medianDifference(range(100, 20), range(200, 20));
  expect(difference).toBe(-100);
  expect(low).toBeGreaterThanOrEqual(-119);
  expect(high).toBeLessThanOrEqual(-81);
  expect(low).toBeLessThanOrEqual(high);
});

it('spans 0 for two samples of one spread, and leaves out what is not a number', () => {
  const { difference, low, high } = medianDifference([...range(200, 20), NaN], range(200, 20));
  expect(difference).toBe(0);
  expect(low).toBeLessThan(0);
  expect(high).toBeGreaterThan(0);
  expect(medianDifference([], [1]).difference).toBeNaN();
});

it('says beside the phone LCP budget whether the run could tell the two pages apart', () => {
  const page = (id: string, lcps: number[]): PhoneResult => {
    const paints: PaintRun[] = lcps.map((lcp) => ({ fcp: lcp, lcp, previewPainted: lcp }));
    return { id, label: id, path: `${id}/`, runs: [], paints, summary: summarisePhone([], paints) };
  };
  // Loads spread over 190 ms: medians 10 ms apart cannot be told apart, 125 ms apart can.
  const phone = { app: page('app', range(150, 20, 10)), embed: page('embed', range(15, 20, 10)), leaflet: page('leaflet', range(140, 20, 10)) };
  const budgets = evaluateBudgets({}, [], phone, { inputs: spread([5]), runs: [] });
  const app = budgets.find((budget) => budget.id === 'phone-lcp-app');
  expect(app?.status).toBe('MISSED');
  expect(app?.interval?.difference).toBe(10);
  expect(app?.interval?.low).toBeLessThan(0);
  expect(app?.figure).toMatch(/^245 ms vs Leaflet 235 ms \(\+10 ms, 95% interval −?\d+ to \+\d+: this run cannot tell which is earlier\)$/);
  const embed = budgets.find((budget) => budget.id === 'phone-lcp-embed');
  expect(embed?.status).toBe('HELD');
  expect(embed?.figure).toMatch(/^110 ms vs Leaflet 235 ms \(−125 ms, 95% interval −\d+ to −\d+\)$/);
});
