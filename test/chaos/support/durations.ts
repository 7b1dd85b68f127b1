/**
 * The chaos suite has two lengths: the short form runs inside `npm test` (a few seconds per fault),
 * the long form (`npm run chaos`, CHAOS_LONG=1) holds each fault as long as the issue asks.
 */
export const LONG = process.env.CHAOS_LONG === '1';

export const durations = {
  /** How long Redis stays unreachable (SIGSTOP, then a cut port). */
  redisAway: LONG ? 30_000 : 4_000,
  /** How long the embedded store's disk stays read-only or full. */
  diskAway: LONG ? 30_000 : 3_000,
  /** Kill rounds per risky operation (compaction, restore, import). */
  killRounds: LONG ? 8 : 1,
  /** How long random faults are injected. */
  randomFaults: LONG ? 5 * 60_000 : 12_000,
} as const;

/** A test's time-out: its fault time plus room for starting processes on a loaded machine. */
export const timeoutFor = (faultMs: number): number => faultMs * 3 + 120_000;
