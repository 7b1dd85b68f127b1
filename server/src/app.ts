import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Server as SocketServer } from 'socket.io';
import { createAccessControl } from './auth/access-control.js';
import type { AuthorizeDoc } from './auth/doc-access.js';
import type { Config } from './config.js';
import { checkDataDirWritable, secureDataDir } from './data-dir.js';
import { createRedisRelay } from './fanout/redis-relay.js';
import { faultHook } from './fault-point.js';
import { apiRoutes } from './http/api-routes.js';
import { fastifyTrustProxy, isTrustedProxyPeer } from './http/client-address.js';
import { configRoutes } from './http/config-routes.js';
import { capConnectionsPerAddress } from './http/connection-cap.js';
import { replyWithError } from './http/error-handler.js';
import { healthRoutes } from './http/health.js';
import { serveClient } from './http/index-page.js';
import { createOriginCheck } from './http/origin.js';
import { registerSecurity } from './http/security.js';
import { refuseIllFormedText } from './http/well-formed.js';
import { attachYjsUpgrade } from './http/yjs-upgrade.js';
import { createJourneySettingsStore } from './journey/journey-settings.js';
import { createJourneySummaries } from './journey/journey-summary.js';
import { createNetworkNotices, withNotices } from './networks/network-notices.js';
import { createNetworkTokens } from './networks/network-tokens.js';
import { openNetworkStore } from './networks/open-network-store.js';
import { openProgrammeStore } from './programmes/open-programme-store.js';
import type { ProgrammeStore } from './programmes/programme-store.js';
import type { RedisClient } from './redis/client.js';
import { redisKeys } from './redis/keys.js';
import { boardEditRules } from './session/edit-rules.js';
import { attachHandshake } from './session/handshake.js';
import { createSessionServer } from './session/io-server.js';
import { attachNetworkChannel } from './session/network-channel.js';
import { createMemorySessionStore, createRedisSessionStore } from './session/session-store.js';
import { createBoardCommands } from './session/votes.js';
import { attachWorkshop } from './session/workshop.js';
import type { DocStore } from './store/doc-store.js';
import { openStore } from './store/open-store.js';
import { createRooms, type Rooms } from './sync/rooms.js';
import type { RoomRelay } from './sync/types.js';
import { startTrashSweeper } from './trash/trash-sweeper.js';
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
    trustProxy: fastifyTrustProxy(config.TRUST_PROXY),
    // Half-open requests and upgrades must not hold a file descriptor for ever: headers, whole
    // request, keep-alive idle and socket idle all time out (WebSockets clear the socket timeout).
    connectionTimeout: config.CONNECTION_TIMEOUT_MS,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT_MS,
    http: {
      headersTimeout: config.HEADERS_TIMEOUT_MS,
      // How often Node looks for expired requests; the default (30 s) would stretch short timeouts.
      connectionsCheckingInterval: Math.max(50, Math.min(config.HEADERS_TIMEOUT_MS / 2, 30_000)),
    },
    // Router refusals (a path segment over 100 characters, a malformed escape) would otherwise
    // echo the whole URL back, up to the header limit.
    frameworkErrors: (error, _request, reply) => {
      const status = error.statusCode ?? 400;
      const message = status === 414 ? 'URL too long' : status < 500 ? 'invalid URL' : 'internal error';
      void (reply as FastifyReply).status(status).send({ error: message });
    },
  });
  // Routes declare their params, query, body and response with zod: one validator, one serializer.
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);
  const log = fastify.log;
  const uncap = capConnectionsPerAddress(fastify.server, {
    max: config.MAX_CONNECTIONS_PER_ADDRESS,
    exempt: isTrustedProxyPeer(config.TRUST_PROXY),
    log,
  });
  const sqlite = !config.REDIS_URL;
  if (sqlite) await secureDataDir(config.dataDir, log);
  // SQLite opens a read-only folder without complaint and fails only at the first write.
  const writable = sqlite ? await checkDataDirWritable(config.dataDir, log) : undefined;
  const opened = overrides.store ? null : await naming(config, () => openStore(config, log));
  const redis = overrides.redis ?? opened?.redis ?? null;
  const programmes =
    overrides.programmes ?? (await naming(config, () => openProgrammeStore(config, redis, log)));
  // Every write to a network tells its open pages (session/network-channel.ts), once socket.io is up.
  const networkNotices = createNetworkNotices();
  const networks = withNotices(await naming(config, () => openNetworkStore(config, redis)), networkNotices);
  // Files the stores just created; SQLite gives its WAL and shared-memory files the same mode.
  if (sqlite) await secureDataDir(config.dataDir, log);
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
    hooks: {
      ...boardEditRules,
      // A board edit stored on this node: its programme's journey summary follows (debounced).
      afterStored: ({ peer }) => {
        if (peer.programmeId) journey.touch(peer.programmeId);
      },
    },
    limits: {
      maxDocBytes: config.MAX_DOC_BYTES,
      maxDocCost: config.MAX_DOC_COST,
      maxMessagesPerSecond: config.MAX_MESSAGES_PER_SECOND,
      roomIdleMs: config.ROOM_IDLE_MS,
    },
  });

  const journey = createJourneySummaries({
    programmes,
    docs: deps.store,
    rooms,
    settings: createJourneySettingsStore(rooms),
    networks,
    log,
  });

  fastify.setErrorHandler(replyWithError);
  const networkTokens = createNetworkTokens({ mac: accessControl.networkMac, networks });

  await registerSecurity(fastify, { corsOrigins: config.CORS_ORIGINS, publicUrl: config.PUBLIC_URL });
  // Before any route: text that is not well-formed Unicode would break every header built from it.
  fastify.addHook('preValidation', refuseIllFormedText);
  await fastify.register(healthRoutes, { store: deps.store, rooms, dataDir: writable });
  await fastify.register(configRoutes, { tldrawLicenseKey: config.TLDRAW_LICENSE_KEY });
  await fastify.register(apiRoutes, {
    programmes,
    docs: deps.store,
    rooms,
    journey,
    access: accessControl.access,
    signer: accessControl.signer,
    watcher: accessControl.watcher,
    calendarMac: accessControl.calendarMac,
    publicUrl: config.PUBLIC_URL,
    accessCheckMs: config.ACCESS_CHECK_MS,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    joinCodeAttemptsPerMinute: config.JOIN_CODE_ATTEMPTS_PER_MINUTE,
    importLimits: {
      maxBoards: config.IMPORT_MAX_BOARDS,
      maxBoardBytes: config.IMPORT_MAX_BOARD_BYTES,
      maxDocCost: config.MAX_DOC_COST,
      perHour: config.IMPORTS_PER_HOUR,
      inProgress: config.IMPORTS_IN_PROGRESS,
    },
    networks,
    networkTokens,
    networkLeaseMs: config.NETWORK_LEASE_MS,
    fault: faultHook(config.FAULT_POINT),
  });
  await serveClient(fastify, config.CLIENT_DIR);

  const session = await createSessionServer(fastify.server, deps.redis, redisKeys(config.REDIS_KEY_PREFIX));
  const io = session.io;
  const allowOrigin = createOriginCheck({ publicUrl: config.PUBLIC_URL, corsOrigins: config.CORS_ORIGINS });
  // engine.io reads this option on each handshake; set here so the session module stays transport-only.
  io.engine.opts.allowRequest = (request, callback) => callback(null, allowOrigin(request));
  attachHandshake(io, {
    access: accessControl.access,
    watcher: accessControl.watcher,
    limiter: accessControl.limits.socketIo,
    log,
  });
  const networkChannel = attachNetworkChannel(io, {
    networkTokens,
    limiter: accessControl.limits.networkSockets,
    log,
  });
  networkNotices.attach(networkChannel);
  const workshop = attachWorkshop(io, {
    sessions: redis
      ? createRedisSessionStore(redis, redisKeys(config.REDIS_KEY_PREFIX))
      : createMemorySessionStore(),
    programmes,
    commands: createBoardCommands({ rooms, voterKey: accessControl.voterKey }),
    log,
    leaveGraceMs: config.SESSION_LEAVE_GRACE_MS,
  });
  const stopAutoVersions = startAutoVersions(
    { docs: deps.store, rooms },
    { idleMs: config.AUTO_VERSION_IDLE_MS, everyMs: config.AUTO_VERSION_CHECK_MS, log },
  );
  const stopTrashSweeper = startTrashSweeper(
    { programmes, docs: deps.store, rooms, log },
    { retentionMs: config.TRASH_DAYS * 86_400_000, everyMs: config.TRASH_SWEEP_MS },
  );
  const upgrade = attachYjsUpgrade(fastify.server, {
    rooms,
    authorize: deps.authorizeDoc,
    log,
    maxMessageBytes: config.MAX_MESSAGE_BYTES,
    allowOrigin,
    maxUpdateCost: config.MAX_UPDATE_COST,
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
        journey.close();
        await rooms.close(config.SHUTDOWN_TIMEOUT_MS);
        upgrade.close();
        workshop.close();
        networkChannel.close();
        stopAutoVersions();
        stopTrashSweeper();
        await session.close();
        await relay?.close();
        await fastify.close();
        uncap();
        accessControl.close();
        await deps.store.close();
        await programmes.close();
        await networks.close();
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

/** Opens a store; a failure names DATA_DIR (SQLite's own message does not say which file). */
async function naming<T>(config: Config, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    if (config.REDIS_URL) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open the database in DATA_DIR ${config.dataDir}: ${reason}`, { cause: error });
  }
}
