/** Longest wait between two reconnection attempts. */
export const MAX_BACKOFF_MS = 10_000;

/**
 * The delay before reconnection attempt `attempt` (1 for the first retry): exponential from 200 ms,
 * capped at `maxMs`, then "equal jitter" (between half and all of it) so that a room full of laptops
 * that lost the same Wi-Fi does not reconnect in lock-step. `random` is in [0, 1).
 */
export function reconnectDelay(attempt: number, random: number, maxMs = MAX_BACKOFF_MS): number {
  const base = Math.min(2 ** Math.max(1, attempt) * 100, maxMs);
  return Math.round(base * (0.5 + random * 0.5));
}
