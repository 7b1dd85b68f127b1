import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer } from '../helpers/server-process.js';

const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/dist/main.js');

function boot(env: Record<string, string>) {
  return spawnSync(process.execPath, [entry], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: '/tmp/mb-config-test', ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
}

describe('configuration at boot', () => {
  it.each([
    ['PORT', 'abc', /PORT: must be a number/],
    ['PORT', '70000', /PORT: must be at most 65535/],
    ['MAX_MESSAGE_BYTES', '-5', /MAX_MESSAGE_BYTES: must be at least/],
    ['REDIS_URL', 'localhost:6379', /REDIS_URL: must start with redis:\/\//],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
  ])('refuses %s=%s with a message naming it', (name, value, message) => {
    const result = boot({ [name]: value });
    expect(result.status).toBe(78);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/); // a message, not a stack trace
  });
});

describe('client configuration', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('tells the web client the tldraw licence key, and nothing when none is set', async () => {
    server = await startServer({ TLDRAW_LICENSE_KEY: 'tldraw-test-key' });
    expect(await (await fetch(`${server.httpUrl}/api/config`)).json()).toEqual({
      tldrawLicenseKey: 'tldraw-test-key',
    });
    await server.stop();
    server = await startServer({});
    expect(await (await fetch(`${server.httpUrl}/api/config`)).json()).toEqual({});
  });
});
