import fs from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { Server as SocketServer } from 'socket.io';
import type { Config } from './config.js';
import { AppError } from './errors.js';
import { type AuthorizeDoc, allowAll } from './http/doc-access.js';
import { healthRoutes } from './http/health.js';
import { attachYjsUpgrade } from './http/yjs-upgrade.js';
import type { DocStore } from './store/doc-store.js';
import { openStore, type RedisClient } from './store/open-store.js';
import { createRooms, type Rooms } from './sync/rooms.js';
import type { RoomRelay } from './sync/types.js';

export interface AppDeps {
  store: DocStore;
  redis: RedisClient | null;
  authorizeDoc: AuthorizeDoc;
  relay?: RoomRelay;
}

export interface App {
  fastify: FastifyInstance;
  rooms: Rooms;
  io: SocketServer;
  deps: AppDeps;
  /** Stops accepting, flushes every room, closes connections and the store. */
  close(): Promise<void>;
}

/**
 * Builds the whole server for a configuration. The only place where concrete adapters are chosen;
 * tests pass `deps` to swap any of them.
 */
export async function buildApp(config: Config, overrides: Partial<AppDeps> = {}): Promise<App> {
  const fastify = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: { req: (req) => ({ method: req.method, url: stripQuery(req.url), id: req.id }) },
    },
    bodyLimit: 1024 * 1024,
  });
  const log = fastify.log;
  const opened = overrides.store ? null : await openStore(config, log);
  const deps: AppDeps = {
    store: overrides.store ?? opened!.store,
    redis: overrides.redis ?? opened?.redis ?? null,
    authorizeDoc: overrides.authorizeDoc ?? allowAll,
    relay: overrides.relay,
  };
  const rooms = createRooms({
    store: deps.store,
    log,
    relay: deps.relay,
    limits: {
      maxDocBytes: config.MAX_DOC_BYTES,
      maxMessagesPerSecond: config.MAX_MESSAGES_PER_SECOND,
      roomIdleMs: config.ROOM_IDLE_MS,
    },
  });

  fastify.setErrorHandler((error, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send({ error: error.message, details: error.details });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500) return reply.status(status).send({ error: (error as Error).message });
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: 'internal error' });
  });

  await fastify.register(healthRoutes, { store: deps.store, rooms });
  if (config.CLIENT_DIR && fs.existsSync(config.CLIENT_DIR)) {
    await fastify.register(fastifyStatic, { root: config.CLIENT_DIR, wildcard: false });
    fastify.setNotFoundHandler((request, reply) => {
      const url = stripQuery(request.url);
      if (request.method === 'GET' && !url.startsWith('/api/') && !url.includes('.')) {
        return reply.sendFile('index.html');
      }
      return reply.status(404).send({ error: 'not found' });
    });
  }

  // engine.io must not destroy upgrades it does not own: /yjs/ upgrades are ours.
  const io = new SocketServer(fastify.server, { serveClient: false, destroyUpgrade: false });
  const upgrade = attachYjsUpgrade(fastify.server, {
    rooms,
    authorize: deps.authorizeDoc,
    log,
    maxMessageBytes: config.MAX_MESSAGE_BYTES,
  });

  let closing: Promise<void> | null = null;
  return {
    fastify,
    rooms,
    io,
    deps,
    close() {
      closing ??= (async () => {
        upgrade.stopAccepting();
        // Flush first, then say goodbye (1001), so clients reconnect elsewhere with nothing lost.
        await rooms.close(config.SHUTDOWN_TIMEOUT_MS);
        upgrade.close();
        // Not io.close(): it would close the HTTP server that fastify.close() closes below.
        io.disconnectSockets(true);
        io.engine.close();
        await fastify.close();
        await deps.store.close();
        if (deps.redis?.isOpen) await deps.redis.quit().catch(() => undefined);
      })();
      return closing;
    },
  };
}

function stripQuery(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? url : url.slice(0, at);
}
