import fs from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Server as SocketServer } from 'socket.io';
import { createAccessControl } from './auth/access-control.js';
import type { AuthorizeDoc } from './auth/doc-access.js';
import type { Config } from './config.js';
import { AppError } from './errors.js';
import { createRedisRelay } from './fanout/redis-relay.js';
import { apiRoutes } from './http/api-routes.js';
import { configRoutes } from './http/config-routes.js';
import { healthRoutes } from './http/health.js';
import { registerSecurity } from './http/security.js';
import { attachYjsUpgrade } from './http/yjs-upgrade.js';
import { openProgrammeStore } from './programmes/open-programme-store.js';
import type { ProgrammeStore } from './programmes/programme-store.js';
import type { RedisClient } from './redis/client.js';
import { redisKeys } from './redis/keys.js';
import { boardEditRules } from './session/edit-rules.js';
import { attachHandshake } from './session/handshake.js';
import { createSessionServer } from './session/io-server.js';
import { createMemorySessionStore, createRedisSessionStore } from './session/session-store.js';
import { createBoardCommands } from './session/votes.js';
import { attachWorkshop } from './session/workshop.js';
import type { DocStore } from './store/doc-store.js';
import { openStore } from './store/open-store.js';
import { createRooms, type Rooms } from './sync/rooms.js';
import type { RoomRelay } from './sync/types.js';
import { startAutoVersions } from './versions/auto-versions.js';

export interface AppDeps {
  store: DocStore;
  redis: RedisClient | null;
  programmes: ProgrammeStore;
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
    trustProxy: config.TRUST_PROXY,
  });
  const log = fastify.log;
  const opened = overrides.store ? null : await openStore(config, log);
  const redis = overrides.redis ?? opened?.redis ?? null;
  const programmes = overrides.programmes ?? (await openProgrammeStore(config, redis, log));
  const accessControl = await createAccessControl({ config, programmes, redis, log });
  const deps: AppDeps = {
    store: overrides.store ?? opened!.store,
    redis,
    programmes,
    authorizeDoc: overrides.authorizeDoc ?? accessControl.authorizeDoc,
    relay: overrides.relay,
  };
  // With Redis, every node serves every document: updates and cursors travel between nodes.
  const relay =
    !deps.relay && opened?.redis && opened.redisStore
      ? await createRedisRelay({
          client: opened.redis,
          store: opened.redisStore,
          keyPrefix: config.REDIS_KEY_PREFIX,
          log,
        })
      : null;
  deps.relay ??= relay ?? undefined;
  const rooms = createRooms({
    store: deps.store,
    log,
    relay: deps.relay,
    hooks: boardEditRules,
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

  await registerSecurity(fastify, config.CORS_ORIGINS);
  await fastify.register(healthRoutes, { store: deps.store, rooms });
  await fastify.register(configRoutes, { tldrawLicenseKey: config.TLDRAW_LICENSE_KEY });
  await fastify.register(apiRoutes, {
    programmes,
    docs: deps.store,
    rooms,
    access: accessControl.access,
    signer: accessControl.signer,
    watcher: accessControl.watcher,
    publicUrl: config.PUBLIC_URL,
    accessCheckMs: config.ACCESS_CHECK_MS,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
  });
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

  const session = await createSessionServer(fastify.server, deps.redis, redisKeys(config.REDIS_KEY_PREFIX));
  const io = session.io;
  attachHandshake(io, {
    access: accessControl.access,
    watcher: accessControl.watcher,
    limiter: accessControl.limits.socketIo,
    log,
  });
  const workshop = attachWorkshop(io, {
    sessions: redis
      ? createRedisSessionStore(redis, redisKeys(config.REDIS_KEY_PREFIX))
      : createMemorySessionStore(),
    programmes,
    commands: createBoardCommands({ rooms, voterKey: accessControl.voterKey }),
    log,
  });
  const stopAutoVersions = startAutoVersions(
    { docs: deps.store, rooms },
    { idleMs: config.AUTO_VERSION_IDLE_MS, everyMs: config.AUTO_VERSION_CHECK_MS, log },
  );
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
        workshop.close();
        stopAutoVersions();
        await session.close();
        await relay?.close();
        await fastify.close();
        accessControl.close();
        await deps.store.close();
        await programmes.close();
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
