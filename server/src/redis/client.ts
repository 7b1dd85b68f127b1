import { createClient } from 'redis';
import type { Logger } from '../log.js';
import { type RedisAddress, startSentinelGateway } from './sentinel-gateway.js';

/** A node-redis v5 client as returned by `createClient`. */
export type RedisClient = ReturnType<typeof createClient>;

/** Where the primary is found when Redis Sentinel manages it. */
export interface SentinelSettings {
  sentinels: RedisAddress[];
  name: string;
}

/**
 * A Redis client that fails commands at once while disconnected (so that writes are retried by the
 * room and `/readyz` tells the truth) and reconnects forever in the background.
 *
 * With `sentinel`, the client (and every `duplicate()` of it) reaches whichever instance the
 * sentinels name as primary, through a loopback gateway (see sentinel-gateway.ts); `url` then gives
 * only the credentials and database. The gateway closes when this client is closed.
 */
export async function connectRedis(
  url: string,
  log: Logger,
  sentinel?: SentinelSettings,
): Promise<RedisClient> {
  let target = url;
  let closeGateway: (() => Promise<void>) | null = null;
  if (sentinel) {
    const gateway = await startSentinelGateway({ ...sentinel, log });
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(gateway.port);
    target = parsed.toString();
    closeGateway = () => gateway.close();
  }
  const client = createClient({
    url: target,
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2_000), connectTimeout: 5_000 },
  });
  let down = false;
  client.on('error', (error: Error) => {
    if (!down) log.error({ err: error.message }, 'redis connection error');
    down = true;
  });
  client.on('ready', () => {
    if (down) log.info({}, 'redis connection restored');
    down = false;
  });
  if (closeGateway) {
    const close = closeGateway;
    client.on('end', () => {
      if (!client.isOpen) void close();
    });
  }
  try {
    await client.connect();
  } catch (error) {
    await closeGateway?.();
    throw error;
  }
  return client;
}
