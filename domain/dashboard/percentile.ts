// Percentiles by the nearest-rank method, the one choice made for every figure on the dashboard:
// the p-th percentile of n values is the value at rank ⌈p/100 · n⌉ in ascending order (rank 1 = the
// smallest). It is always one of the observed values — "90% of steps were done within N days" holds
// exactly — and the median of an even count is the lower of the two middle values.

function rank(p: number, n: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`Not a percentile: ${p}`);
  return Math.max(1, Math.ceil((p / 100) * n));
}

/** The p-th percentile of values already sorted ascending; null for no values. */
export function percentileOfSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[rank(p, sorted.length) - 1]!;
}

/** One distinct value and how many times it occurs (e.g. "3 days": 41 steps). */
export interface HistogramBin {
  value: number;
  count: number;
}

/**
 * The p-th percentile of the values a histogram counts (in any order), the same answer
 * percentileOfSorted gives on the expanded list. Lets the database count durations per value
 * instead of sending every duration.
 */
export function percentileOfHistogram(bins: readonly HistogramBin[], p: number): number | null {
  const sorted = bins.filter((b) => b.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, b) => sum + b.count, 0);
  if (n === 0) return null;
  const r = rank(p, n);
  let seen = 0;
  for (const bin of sorted) {
    seen += bin.count;
    if (seen >= r) return bin.value;
  }
  return sorted.at(-1)!.value;
}

export function medianOfHistogram(bins: readonly HistogramBin[]): number | null {
  return percentileOfHistogram(bins, 50);
}
