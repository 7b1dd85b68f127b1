import { ratio } from './stats.mjs';

/**
 * Ratios ours / theirs for one metric: each of our variants against each baseline that has a value.
 * `results` maps server name → result object; `pick(result)` reads the metric (a number or null).
 */
export function compare(metric, results, pick) {
  const names = Object.keys(results).filter((name) => !results[name]?.error);
  const ours = names.filter((name) => name.startsWith('ours'));
  // The floor (a relay with no Yjs work) is no baseline: it bounds what any server can reach.
  const theirs = names.filter((name) => !name.startsWith('ours') && !name.startsWith('floor'));
  const rows = [];
  for (const a of ours) {
    for (const b of theirs) {
      const value = ratio(pick(results[a]), pick(results[b]));
      if (value !== null)
        rows.push({
          metric,
          ours: a,
          theirs: b,
          ours_value: pick(results[a]),
          theirs_value: pick(results[b]),
          ratio: value,
        });
    }
  }
  return rows;
}

/** A cell: a number as is, null/undefined as n/a. */
export const cell = (value) => (value === null || value === undefined ? 'n/a' : String(value));
