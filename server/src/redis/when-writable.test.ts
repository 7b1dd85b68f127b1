import { ClientClosedError, ClientOfflineError, ErrorReply } from 'redis';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../log.js';
import type { RedisClient } from './client.js';
import { isNotWritableYet, whenWritable } from './when-writable.js';

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** A client whose SET fails with each of `failures` in turn, then succeeds (and DEL removes it). */
function failingThen(failures: unknown[]) {
  let calls = 0;
  let stored = false;
  const client = {
    async set() {
      const failure = failures[calls++];
      if (failure) throw failure;
      stored = true;
      return 'OK';
    },
    async del() {
      stored = false;
      return 1;
    },
  } as unknown as RedisClient;
  return { client, calls: () => calls, left: () => stored };
}

describe('whenWritable', () => {
  it('waits out a primary without synced replicas, one loading, and a lost connection', async () => {
    const probe = failingThen([
      new ErrorReply('NOREPLICAS Not enough good replicas to write.'),
      new ErrorReply('LOADING Redis is loading the dataset in memory'),
      new ClientOfflineError(),
    ]);
    await whenWritable(probe.client, 'probe', silent, { intervalMs: 1 });
    expect(probe.calls()).toBe(4);
    // The probe leaves nothing behind (a server refusing newer data must leave Redis as it was).
    expect(probe.left()).toBe(false);
  });

  it('fails at once on an answer that waiting does not change', async () => {
    const probe = failingThen([new ErrorReply('NOAUTH Authentication required.')]);
    await expect(whenWritable(probe.client, 'probe', silent, { intervalMs: 1 })).rejects.toThrow(/NOAUTH/);
    expect(probe.calls()).toBe(1);
    expect(isNotWritableYet(new ClientClosedError())).toBe(false);
  });

  it('gives up after the time allowed, saying what Redis last answered', async () => {
    const probe = failingThen(
      Array.from({ length: 1_000 }, () => new ErrorReply('READONLY You can not write')),
    );
    await expect(
      whenWritable(probe.client, 'probe', silent, { timeoutMs: 30, intervalMs: 5 }),
    ).rejects.toThrow(/did not take a write within .*READONLY/);
  });
});
