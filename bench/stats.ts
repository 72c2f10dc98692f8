/** Small statistics for the benchmark: machines here are noisy, so figures are medians and pooled percentiles. */

export const median = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Nearest-rank percentile (p in 0–100) of unsorted samples. */
export const percentile = (xs: number[], p: number): number => {
  if (!xs.length) return NaN;
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

/** A millisecond figure for a table: whole above 10, one decimal below. */
export const ms = (x: number): string => (Number.isNaN(x) ? '–' : x >= 10 ? String(Math.round(x)) : x.toFixed(1));
export const times = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');
