import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type App, type AppDeps, buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { TEST_SECRET } from './access.js';

/** An app built in-process with `buildApp` (no port), for `app.fastify.inject`, on its own data dir. */
export interface InProcessApp {
  app: App;
  dataDir: string;
  /** Closes the app and removes its data dir. */
  close(): Promise<void>;
}

/**
 * Builds the app on a fresh temporary SQLite data dir with `env` on top of quiet test settings;
 * `overrides` (made for that data dir) swap adapters, as `buildApp` allows.
 */
export async function buildTestApp(
  env: Record<string, string> = {},
  overrides?: (dataDir: string) => Promise<Partial<AppDeps>>,
): Promise<InProcessApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mb-inject-'));
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SECRET: TEST_SECRET,
      DATA_DIR: dataDir,
      ...env,
    });
    const app = await buildApp(config, await overrides?.(dataDir));
    return {
      app,
      dataDir,
      async close() {
        await app.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
