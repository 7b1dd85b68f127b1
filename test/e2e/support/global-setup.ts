import type { TestProject } from 'vitest/node';
import { TEST_SECRET } from '../../helpers/access.js';
import { startRedis } from '../../helpers/redis-server.js';
import { startServer } from '../../helpers/server-process.js';
import { CLIENT_DIR, launchChromiumServer } from './browser.js';

/** What the e2e project's global set-up shares with every e2e file (see `useE2e`). */
export interface E2eShared {
  /** Chromium's Playwright endpoint. */
  chromium: string;
  /** A server on the embedded store. */
  sqliteUrl: string;
  /** A server on a real redis-server. */
  redisUrl: string;
}

/** A short leave grace, so that "the facilitator left, follow-me ends" is seen in seconds. */
export const E2E_LEAVE_GRACE_MS = 3_000;
const SESSION = { SESSION_LEAVE_GRACE_MS: String(E2E_LEAVE_GRACE_MS) };

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eShared;
  }
}

/**
 * Vitest `globalSetup` of the e2e project: one Chromium, one server on SQLite and one on Redis for
 * every e2e file, instead of a browser and a server per file. Each test makes its own programme and
 * its own browser contexts, so files share nothing else; the servers' rate limit (per minute) is
 * far above what the files ask of it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const redis = await startRedis();
  const stops: (() => Promise<unknown>)[] = [() => redis.stop()];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    // One after the other, so that a failing start leaves the other registered for the teardown.
    const sqlite = await startServer({ SECRET: TEST_SECRET, CLIENT_DIR, ...SESSION });
    stops.push(() => sqlite.stop());
    const onRedis = await startServer({ SECRET: TEST_SECRET, CLIENT_DIR, REDIS_URL: redis.url, ...SESSION });
    stops.push(() => onRedis.stop());
    const chromium = await launchChromiumServer();
    stops.push(() => chromium.close());
    project.provide('e2e', {
      chromium: chromium.wsEndpoint(),
      sqliteUrl: sqlite.httpUrl,
      redisUrl: onRedis.httpUrl,
    });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
