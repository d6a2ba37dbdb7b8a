/** Median, min and max of repeated runs, the form every benchmark figure takes, and how far apart two pages' medians are. */
import { max, median, min, quantile, sampleWithReplacement } from 'simple-statistics';

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** How many runs had the figure (a page without a list has no list time). */
  n: number;
}

/**
 * @example spread([3, 1, 2]) // {median: 2, min: 1, max: 3, n: 3}
 */
export function spread(values: readonly (number | null | undefined)[]): Spread {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  return { median: median(finite), min: min(finite), max: max(finite), n: finite.length };
}

/** How far apart two pages' medians are, and how sure one run can be of it. */
export interface MedianDifference {
  /** `a`'s median less `b`'s. */
  difference: number;
  /** The bootstrap interval of that difference, at `confidence`: where it spans 0, the run cannot tell which is earlier. */
  low: number;
  high: number;
  confidence: number;
}

/**
 * The difference of two medians with a percentile bootstrap interval: each side resampled with
 * replacement, `resamples` times. A budget that compares two medians a few ms apart, while one
 * load varies by ±100 ms, says with it whether the run could decide.
 * @example medianDifference([250, 262, 270], [230, 232, 240]).difference // 30
 */
export function medianDifference(
  a: readonly number[],
  b: readonly number[],
  { confidence = 0.95, resamples = 4000 }: { confidence?: number; resamples?: number } = {},
): MedianDifference {
  const [x, y] = [a, b].map((values) => values.filter(Number.isFinite)) as [number[], number[]];
  if (x.length === 0 || y.length === 0) return { difference: NaN, low: NaN, high: NaN, confidence };
  const differences = Array.from({ length: resamples }, () => median(sampleWithReplacement(x, x.length)) - median(sampleWithReplacement(y, y.length)));
  const tail = (1 - confidence) / 2;
  return {
    difference: median(x) - median(y),
    low: quantile(differences, tail),
    high: quantile(differences, 1 - tail),
    confidence,
  };
}
