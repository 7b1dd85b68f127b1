import { createClient, createCluster } from 'redis';
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
  topology?: { sentinel?: SentinelSettings | undefined; cluster?: boolean },
): Promise<RedisClient> {
  if (topology?.cluster) return connectCluster(url, log);
  const sentinel = topology?.sentinel;
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

/** True for a client made by {@link connectRedis} for a Redis Cluster. */
export function isCluster(client: RedisClient): boolean {
  // The cluster client has `masters`; a plain client has not.
  return 'masters' in client;
}

/**
 * A Redis Cluster client, typed as the plain client: node-redis' cluster client answers the same
 * commands (routed by their first key) plus `duplicate`, `withTypeMapping`, pub/sub, `quit`. What
 * differs is handled where it matters: a command on keys of several slots is refused by the
 * cluster, so the stores keep each document's and each programme's keys in one slot (`{id}` hash
 * tags, see keys.ts) and split the few commands that span documents (see {@link isCluster}).
 */
async function connectCluster(url: string, log: Logger): Promise<RedisClient> {
  // The URL's credentials hold for every node, also those discovered from the first.
  const { username, password } = new URL(url);
  const cluster = createCluster({
    rootNodes: [{ url }],
    defaults: {
      ...(username ? { username: decodeURIComponent(username) } : {}),
      ...(password ? { password: decodeURIComponent(password) } : {}),
      disableOfflineQueue: true,
      socket: { reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2_000), connectTimeout: 5_000 },
    },
  });
  let down = false;
  cluster.on('error', (error: Error) => {
    if (!down) log.error({ err: error.message }, 'redis cluster connection error');
    down = true;
  });
  cluster.on('node-ready', () => {
    if (down) log.info({}, 'redis cluster connection restored');
    down = false;
  });
  await cluster.connect();
  return cluster as unknown as RedisClient;
}
