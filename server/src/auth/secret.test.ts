import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveSecret, SECRET_FILE } from './secret.js';

const log = { debug() {}, info() {}, warn() {}, error() {} };

describe('token secret', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('uses the configured secret and writes nothing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'secret-'));
    const configured = 'x'.repeat(40);
    expect(await resolveSecret({ configured, redis: null, dataDir: dir, log })).toBe(configured);
    await expect(stat(join(dir, SECRET_FILE))).rejects.toThrow();
  });

  it('generates one secret, stores it with mode 0600 and returns the same one afterwards', async () => {
    dir = await mkdtemp(join(tmpdir(), 'secret-'));
    const dataDir = join(dir, 'data');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => resolveSecret({ redis: null, dataDir, log })),
    );
    expect(new Set(results).size).toBe(1);
    expect(results[0]!.length).toBeGreaterThanOrEqual(32);
    expect(await resolveSecret({ redis: null, dataDir, log })).toBe(results[0]);
    const file = join(dataDir, SECRET_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toBe(results[0]);
  });
});
