import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** Whom to believe about the client address: nobody, the last N hops, or these proxies. */
export type TrustProxy = false | number | string[];

function isAddressOrCidr(text: string): boolean {
  const [address = '', bits, ...rest] = text.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

/**
 * The crash points a test may arm (fault-point.ts). Declared here, not imported: `npm start` checks
 * settings with this file alone, transpiled in memory, before anything is built.
 */
export const FAULT_POINTS = ['community-start-made'] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];

const intFrom = (fallback: number, min = 0) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .default(fallback);

const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: intFrom(3000, 0).pipe(z.number().max(65535, 'must be at most 65535')),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    REDIS_URL: z
      .string()
      .regex(/^(redis|rediss):\/\//, 'must start with redis:// or rediss://')
      .optional(),
    REDIS_KEY_PREFIX: z.string().min(1).default('mb:'),
    /**
     * Comma-separated `host:port` of Redis Sentinels. With them the server asks the sentinels which
     * instance is the primary and follows a failover without a restart; REDIS_URL then gives only the
     * credentials and database (its host and port are not used).
     */
    REDIS_SENTINELS: z
      .string()
      .optional()
      .transform((list, ctx) => {
        if (list === undefined) return undefined;
        const nodes = list
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
          .map((item) => /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(item));
        if (nodes.length === 0 || nodes.some((match) => !match || Number(match[2]) > 65535)) {
          ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of host:port' });
          return z.NEVER;
        }
        return nodes.map((match) => ({ host: match?.[1] ?? '', port: Number(match?.[2]) }));
      }),
    /**
     * `true`: REDIS_URL is one node of a Redis Cluster (the others are discovered); each document's
     * and each programme's keys share one hash slot.
     */
    REDIS_CLUSTER: z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .default('false')
      .transform((value) => value === 'true'),
    /** The primary's name in the sentinels' configuration (`sentinel monitor <name> ...`). */
    REDIS_SENTINEL_NAME: z.string().min(1).optional(),
    /**
     * Replicas that must hold a document update before it is confirmed (Redis WAIT after each append;
     * 0: confirmed once the primary has it). See the README's Reliability section.
     */
    REDIS_WAIT_REPLICAS: intFrom(0, 0),
    /** How long an append waits for REDIS_WAIT_REPLICAS before it fails (and is retried). */
    REDIS_WAIT_TIMEOUT_MS: intFrom(1_000, 10),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Largest WebSocket frame accepted, in bytes. */
    MAX_MESSAGE_BYTES: intFrom(4 * 1024 * 1024, 1024),
    /** Largest stored size of one document, in bytes. */
    MAX_DOC_BYTES: intFrom(64 * 1024 * 1024, 1024),
    /** Structs plus delete ranges of one update, live or imported (see limits/update-cost.ts). */
    MAX_UPDATE_COST: intFrom(50_000, 100),
    /** Structs plus delete ranges of one document (the bound an import checks per stored state). */
    MAX_DOC_COST: intFrom(300_000, 1_000),
    /** Boards one import may create. */
    IMPORT_MAX_BOARDS: intFrom(200, 1),
    /** Decoded Yjs bytes of one imported board (its state plus its named versions). */
    IMPORT_MAX_BOARD_BYTES: intFrom(8 * 1024 * 1024, 1024),
    /** Imports per client address per hour. */
    IMPORTS_PER_HOUR: intFrom(30, 1),
    /** Imports received or prepared at once on one node; more are refused with 503 and Retry-After. */
    IMPORTS_IN_PROGRESS: intFrom(2, 1),
    /**
     * Port of a health listener on its own thread, which answers /healthz and /readyz while the main
     * thread is stuck (e.g. SQLite on a frozen disk). Unset: none (0: any free port).
     */
    HEALTH_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    /** The main thread silent this long makes the health listener's /readyz answer 503. */
    HEALTH_STALL_MS: intFrom(2_000, 100),
    /** Messages per second per connection (burst: twice this). */
    MAX_MESSAGES_PER_SECOND: intFrom(300, 1),
    /** How long an unused document stays in memory after its last client leaves. */
    ROOM_IDLE_MS: intFrom(10_000, 0),
    /** Compaction thresholds of the document log. */
    COMPACT_AFTER_UPDATES: intFrom(500, 2),
    COMPACT_AFTER_BYTES: intFrom(1024 * 1024, 1024),
    /** Where the built web client is served from (empty: do not serve it). */
    CLIENT_DIR: z.string().default(''),
    /** How long SIGTERM waits for rooms to flush before exiting. */
    SHUTDOWN_TIMEOUT_MS: intFrom(10_000, 0),
    /**
     * Key that signs capability tokens. Required in production; otherwise generated once and kept in
     * DATA_DIR (or in Redis, shared by every node).
     */
    SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Origin used in invite links, e.g. https://board.example.org (default: the request's origin). */
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
    /** Comma-separated origins allowed to call the API from another origin (default: none). */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((list) =>
        list
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ error: 'must be a list of origins' }))),
    /** tldraw licence key for the canvas (tldraw 3 runs without one, with its watermark). */
    TLDRAW_LICENSE_KEY: z.string().min(1).optional(),
    /** A board idle this long after changes gets an automatic version. */
    AUTO_VERSION_IDLE_MS: intFrom(3_600_000, 1_000),
    /** How often idle boards are looked for. */
    AUTO_VERSION_CHECK_MS: intFrom(60_000, 100),
    /**
     * How long a member may be gone (every tab closed, on every node) before the workshop acts on
     * it: their raised hand goes down, and follow-me they lead ends. A reload or a short network
     * loss stays within it.
     */
    SESSION_LEAVE_GRACE_MS: intFrom(30_000, 100),
    /**
     * Which peers are proxies whose X-Forwarded-For names the client (for the per-address limits):
     * `false` (default: none, the header is ignored), a number of proxy hops in front of the server
     * (`true` means 1), or a comma-separated list of proxy addresses and CIDRs (`10.0.0.0/8, ::1`).
     */
    TRUST_PROXY: z
      .string()
      .default('false')
      .transform((value, ctx): TrustProxy => {
        const text = value.trim().toLowerCase();
        if (text === 'false' || text === '0') return false;
        if (text === 'true') return 1;
        if (/^\d+$/.test(text)) return Number(text);
        const list = text
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean);
        const bad = list.filter((item) => !isAddressOrCidr(item));
        if (bad.length > 0 || list.length === 0) {
          ctx.addIssue({
            code: 'custom',
            message: `must be false, a hop count, or proxy addresses/CIDRs (not ${bad.join(', ') || 'empty'})`,
          });
          return z.NEVER;
        }
        return list;
      }),
    /** HTTP API requests per minute per client IP. */
    RATE_LIMIT_PER_MINUTE: intFrom(600, 1),
    /**
     * Open TCP connections per client address on one node (0: no cap). Not applied to trusted proxy
     * addresses, nor at all when TRUST_PROXY is a hop count: the proxy in front caps per client.
     */
    MAX_CONNECTIONS_PER_ADDRESS: intFrom(500, 0),
    /** Time for a client to send a request's headers (an unfinished request or upgrade is closed). */
    HEADERS_TIMEOUT_MS: intFrom(10_000, 100),
    /** Time for a client to send a whole request, body included (imports take up to 50 MB). */
    REQUEST_TIMEOUT_MS: intFrom(120_000, 100),
    /** An idle keep-alive connection is closed after this long. */
    KEEP_ALIVE_TIMEOUT_MS: intFrom(72_000, 100),
    /** A connection (not a WebSocket) with no traffic at all for this long is closed. */
    CONNECTION_TIMEOUT_MS: intFrom(120_000, 100),
    /**
     * Open connections per programme on one node, per transport (WebSocket, socket.io); also the live
     * channels of one network's pages.
     */
    MAX_CONNECTIONS_PER_PROGRAMME: intFrom(200, 1),
    /** How often open connections re-check that their invite is still valid (revocation, expiry). */
    ACCESS_CHECK_MS: intFrom(2_000, 50),
    /** Look-ups and joins by short join code per client address per minute (429 beyond). */
    JOIN_CODE_ATTEMPTS_PER_MINUTE: intFrom(20, 1),
    /** Days a deleted board stays in the trash before it is purged (fractions allowed). */
    TRASH_DAYS: z.coerce.number().positive().max(3650).default(30),
    /** How often the trash is swept for boards past TRASH_DAYS. */
    TRASH_SWEEP_MS: intFrom(3_600_000, 100),
    /**
     * How long a node's lease on choosing a mentor or starting a community lasts: longer than the work
     * takes on a loaded server; a node that dies holding it blocks that draft or community this long.
     */
    NETWORK_LEASE_MS: intFrom(30_000, 100),
    /**
     * Tests only (NODE_ENV=test): the named place where the process SIGKILLs itself, for crash tests
     * that must die at an exact step (fault-point.ts). Refused in any other environment.
     */
    FAULT_POINT: z.enum(FAULT_POINTS).optional(),
  })
  .superRefine((config, ctx) => {
    if (config.HEADERS_TIMEOUT_MS > config.REQUEST_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['HEADERS_TIMEOUT_MS'],
        message: 'must be at most REQUEST_TIMEOUT_MS',
      });
    }
    if (config.REDIS_SENTINELS && !config.REDIS_SENTINEL_NAME) {
      ctx.addIssue({
        code: 'custom',
        path: ['REDIS_SENTINEL_NAME'],
        message: 'required with REDIS_SENTINELS',
      });
    }
    if (config.REDIS_CLUSTER && (!config.REDIS_URL || config.REDIS_SENTINELS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['REDIS_CLUSTER'],
        message: 'needs REDIS_URL (a cluster node) and no REDIS_SENTINELS',
      });
    }
    if (config.REDIS_CLUSTER && config.REDIS_WAIT_REPLICAS > 0) {
      // WAIT names no key: on a cluster it would reach a random master, not the document's.
      ctx.addIssue({
        code: 'custom',
        path: ['REDIS_WAIT_REPLICAS'],
        message: 'not supported with REDIS_CLUSTER',
      });
    }
    if (config.REDIS_SENTINELS && !config.REDIS_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['REDIS_URL'],
        message: 'required with REDIS_SENTINELS (e.g. redis://:password@sentinel/0)',
      });
    }
    if (config.REDIS_SENTINELS && config.REDIS_URL?.startsWith('rediss://')) {
      ctx.addIssue({
        code: 'custom',
        path: ['REDIS_URL'],
        message: 'rediss:// is not supported with REDIS_SENTINELS',
      });
    }
    if (config.FAULT_POINT && config.NODE_ENV !== 'test') {
      ctx.addIssue({ code: 'custom', path: ['FAULT_POINT'], message: 'only when NODE_ENV=test' });
    }
    if (config.NODE_ENV === 'production' && !config.SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SECRET'], message: 'required when NODE_ENV=production' });
    }
  });

/** Names of every environment variable the server reads. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(ConfigSchema.shape);

/** The server's configuration, parsed once at boot and passed down. */
export type Config = z.infer<typeof ConfigSchema> & { dataDir: string };

/** A bad setting: the message names every variable at fault. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = ConfigSchema.safeParse(emptyToUndefined(env));
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...result.data, dataDir: path.resolve(result.data.DATA_DIR) };
}

// An exported but empty variable (PORT=) means "use the default", as most servers treat it.
function emptyToUndefined(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) out[key] = value === '' ? undefined : value;
  return out;
}
