/** Nearest-rank percentile of an ascending array (`p` in 0..100); null when empty. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** p50, p95, p99, max and count of a list of numbers, rounded to 0.1. */
export function summarize(values) {
  const sorted = Float64Array.from(values).sort();
  const round = (x) => (x === null ? null : Math.round(x * 10) / 10);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.length ? sorted[sorted.length - 1] : null),
  };
}

/** ours / theirs, rounded to 0.01; null when either side is missing or theirs is 0. */
export function ratio(ours, theirs) {
  if (typeof ours !== 'number' || typeof theirs !== 'number' || theirs === 0) return null;
  return Math.round((ours / theirs) * 100) / 100;
}

export const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
export const kb = (bytes) => Math.round(bytes / 1024);
