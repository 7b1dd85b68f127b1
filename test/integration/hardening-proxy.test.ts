import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../helpers/access.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';

const LIMIT = 5;

/** Statuses of `LIMIT + 3` API calls, each with the X-Forwarded-For that `header(i)` gives. */
async function statuses(server: ServerProcess, header: (i: number) => string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < LIMIT + 3; i++) {
    const response = await call(server.httpUrl, 'GET', '/api/session', {
      headers: { 'x-forwarded-for': header(i) },
    });
    out.push(response.status);
  }
  return out;
}

describe('the per-address rate limit and X-Forwarded-For', () => {
  let direct: ServerProcess;
  let proxied: ServerProcess;
  beforeAll(async () => {
    // This test's client stands in for nginx: with TRUST_PROXY=true (one hop) it is the proxy.
    [direct, proxied] = await Promise.all([
      startServer({ RATE_LIMIT_PER_MINUTE: String(LIMIT) }),
      startServer({ RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: 'true' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([direct?.stop(), proxied?.stop()]);
  });

  it('ignores a client-written header by default, rotating or "spoofed, real"', async () => {
    const rotating = await statuses(direct, (i) => `198.51.100.${i}`);
    expect(rotating.slice(0, LIMIT)).not.toContain(429);
    expect(rotating.slice(LIMIT)).toEqual([429, 429, 429]);
    const twoHops = await statuses(direct, (i) => `10.1.1.${i}, 203.0.113.7`);
    expect(twoHops).toEqual(Array(LIMIT + 3).fill(429));
  });

  it('behind one trusted hop, counts the address the proxy saw, whatever the client wrote before it', async () => {
    const spoofed = await statuses(proxied, (i) => `10.1.1.${i}, 203.0.113.7`);
    expect(spoofed.slice(0, LIMIT)).not.toContain(429);
    expect(spoofed.slice(LIMIT)).toEqual([429, 429, 429]);
    // Another real client has its own budget: the header is used, only its last entry is believed.
    const other = await statuses(proxied, (i) => `10.2.2.${i}, 203.0.113.8`);
    expect(other.slice(0, LIMIT)).not.toContain(429);
    expect(other.slice(LIMIT)).toEqual([429, 429, 429]);
  });
});
