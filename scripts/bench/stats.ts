/** Median, min and max of repeated runs: the form every benchmark figure takes. */

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
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: NaN, min: NaN, max: NaN, n };
  const middle = Math.floor(n / 2);
  const median = n % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted[n - 1] ?? NaN, n };
}
