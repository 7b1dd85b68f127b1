import { ClientClosedError, ErrorReply } from 'redis';
import type { Logger } from '../log.js';
import type { RedisClient } from './client.js';

/** Error replies that say "not writable yet", not "wrong": a replica still syncing, a failover. */
const NOT_YET = new Set(['NOREPLICAS', 'LOADING', 'READONLY', 'MASTERDOWN', 'CLUSTERDOWN', 'TRYAGAIN']);

/** Options of {@link whenWritable}; the defaults suit a boot. */
export interface WhenWritableOptions {
  /** Give up after this long (default 120 s). */
  timeoutMs?: number;
  /** Pause between two probes (default 250 ms). */
  intervalMs?: number;
}

/** True for an error that a later attempt may not meet (see {@link NOT_YET}, and a lost connection). */
export function isNotWritableYet(error: unknown): boolean {
  if (error instanceof ErrorReply) return NOT_YET.has(error.message.split(' ', 1)[0] ?? '');
  // A closed client never comes back; any other failure is the connection (offline, refused, reset).
  return error instanceof Error && !(error instanceof ClientClosedError);
}

/**
 * Resolves once Redis takes a write (a `SET` of `probeKey`, deleted at once), retrying while it answers
 * that it cannot yet. At boot the store writes at once (its format mark, the token secret), and a
 * primary started with `min-replicas-to-write` refuses every write with NOREPLICAS until its replica
 * has synced; a primary loading its AOF answers LOADING, a replica not yet promoted READONLY. Those
 * pass in seconds, so the server waits for them rather than exiting; anything else, or no write
 * within `timeoutMs`, fails with a message that says what Redis last answered.
 */
export async function whenWritable(
  client: RedisClient,
  probeKey: string,
  log: Logger,
  options: WhenWritableOptions = {},
): Promise<void> {
  const { timeoutMs = 120_000, intervalMs = 250 } = options;
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      await client.set(probeKey, new Date().toISOString(), { expiration: { type: 'PX', value: 60_000 } });
      // Gone at once: a server that then refuses the data (a newer format) must leave Redis as it was.
      await client.del(probeKey);
      if (told) log.info({}, 'redis takes writes now');
      return;
    } catch (error) {
      if (!isNotWritableYet(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      if (Date.now() >= deadline) {
        throw new Error(
          `Redis did not take a write within ${Math.round(timeoutMs / 1000)} s (last answer: ${reason}); ` +
            'check that the primary is up and, with min-replicas-to-write, that enough replicas are in sync',
        );
      }
      if (!told) log.warn({ reason }, 'redis does not take writes yet; waiting');
      told = true;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
