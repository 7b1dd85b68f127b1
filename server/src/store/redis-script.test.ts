import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cachedScript, type ScriptCall, type ScriptClient } from './redis-script.js';

const SCRIPT = "return redis.call('GET', KEYS[1])";
const SHA1 = createHash('sha1').update(SCRIPT).digest('hex');

/** A fake Redis that knows the scripts loaded by EVAL, as Redis does. */
function fakeRedis(failure?: Error) {
  const known = new Set<string>();
  const calls: string[] = [];
  const client: ScriptClient = {
    async evalSha(sha1: string, call: ScriptCall) {
      calls.push(`evalsha ${sha1 === SHA1 ? 'sha' : sha1} ${call.keys.join(',')}`);
      if (failure) throw failure;
      if (!known.has(sha1)) throw new Error('NOSCRIPT No matching script. Please use EVAL.');
      return 'ran';
    },
    async eval(script: string, call: ScriptCall) {
      calls.push(`eval ${call.keys.join(',')}`);
      known.add(createHash('sha1').update(script).digest('hex'));
      return 'ran';
    },
  };
  return { client, calls, restart: () => known.clear() };
}

describe('cachedScript', () => {
  it('sends the text once, then only the SHA1, and again after Redis forgot it', async () => {
    const redis = fakeRedis();
    const run = cachedScript(SCRIPT);
    expect(await run(redis.client, { keys: ['a'] })).toBe('ran');
    expect(await run(redis.client, { keys: ['b'] })).toBe('ran');
    redis.restart();
    expect(await run(redis.client, { keys: ['c'] })).toBe('ran');
    expect(redis.calls).toEqual(['evalsha sha a', 'eval a', 'evalsha sha b', 'evalsha sha c', 'eval c']);
  });

  it('passes on any other error without running the script as text', async () => {
    const redis = fakeRedis(new Error('The client is closed'));
    await expect(cachedScript(SCRIPT)(redis.client, { keys: ['a'] })).rejects.toThrow(/closed/);
    expect(redis.calls).toEqual(['evalsha sha a']);
  });
});
