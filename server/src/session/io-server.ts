import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { Server as SocketServer } from 'socket.io';
import type { RedisClient } from '../redis/client.js';
import { type RedisKeys, redisKeys } from '../redis/keys.js';

export interface SessionServer {
  io: SocketServer;
  close(): Promise<void>;
}

/**
 * socket.io on the app's HTTP server, for the workshop session channel. With Redis, the Redis
 * adapter carries broadcasts between nodes. Clients connect with the WebSocket transport only, so
 * no sticky sessions are needed behind a round-robin balancer.
 */
export async function createSessionServer(
  server: HttpServer,
  redis: RedisClient | null,
  keys: RedisKeys = redisKeys(),
): Promise<SessionServer> {
  // engine.io must not destroy upgrades it does not own: /yjs/ upgrades are ours.
  const io = new SocketServer(server, {
    serveClient: false,
    destroyUpgrade: false,
    transports: ['websocket'],
  });
  let pub: RedisClient | null = null;
  let sub: RedisClient | null = null;
  if (redis) {
    pub = redis.duplicate();
    sub = redis.duplicate();
    pub.on('error', () => undefined);
    sub.on('error', () => undefined);
    await Promise.all([pub.connect(), sub.connect()]);
    io.adapter(createAdapter(pub, sub, { key: keys.socketIoAdapter() }));
  }
  return {
    io,
    async close() {
      // Not io.close(): it would close the HTTP server, which Fastify closes itself.
      io.disconnectSockets(true);
      io.engine.close();
      for (const client of [pub, sub]) if (client?.isOpen) await client.quit().catch(() => undefined);
    },
  };
}
