import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { startHealthThread } from './limits/health-thread.js';
import { storeHeartbeats } from './store/store-thread.js';

/** Process entry: read config, build the app, listen, shut down cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  // Files the server creates (databases, the generated secret) are for its own user only.
  process.umask(0o077);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  if (!config.CLIENT_DIR) {
    const here = path.dirname(fileURLToPath(import.meta.url));
    config.CLIENT_DIR = path.resolve(here, '../../client/dist');
  }
  const app = await buildApp(config);
  const address = await app.fastify.listen({ port: config.PORT, host: config.HOST });
  // Before "server listening": whoever waits for that line may use the health port at once.
  const health =
    config.HEALTH_PORT === undefined
      ? null
      : await startHealthThread({
          port: config.HEALTH_PORT,
          host: config.HOST,
          stallMs: config.HEALTH_STALL_MS,
          storeBeats: storeHeartbeats(app.deps.store, app.deps.programmes),
        });
  if (health) app.fastify.log.info({ healthPort: health.port }, 'health listener on its own thread');
  app.fastify.log.info({ address, store: config.REDIS_URL ? 'redis' : 'sqlite' }, 'server listening');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.fastify.log.info({ signal }, 'shutting down');
    Promise.all([app.close(), health?.close()]).then(
      () => process.exit(0),
      (error: unknown) => {
        app.fastify.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Server failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
