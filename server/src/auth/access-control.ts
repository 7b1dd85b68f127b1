import { createHmac } from 'node:crypto';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { RedisClient } from '../redis/client.js';
import { type Access, createAccess } from './access.js';
import { createDocAuthorizer } from './authorize-doc.js';
import { type ConnectionLimiter, createConnectionLimiter } from './connection-limit.js';
import type { AuthorizeDoc } from './doc-access.js';
import type { GrantSource } from './grant-source.js';
import { createGrantWatcher, type GrantWatcher } from './grant-watcher.js';
import { resolveSecret } from './secret.js';
import { createTokenSigner, type TokenSigner } from './tokens.js';

/** Everything that checks tokens, for every transport of one node. */
export interface AccessControl {
  signer: TokenSigner;
  access: Access;
  watcher: GrantWatcher;
  /** The `/yjs/:docId` upgrade check. */
  authorizeDoc: AuthorizeDoc;
  /** The key under which an anonymous vote stores a member's ballot. */
  voterKey(voteId: string, memberId: string): string;
  /** The MAC of a calendar feed key's payload (see calendar/calendar-key.ts). */
  calendarMac(payload: string): Buffer;
  /** The MAC of a network token's payload (see networks/network-tokens.ts). */
  networkMac(payload: string): Buffer;
  /** Connection slots per programme: one limiter per transport. */
  limits: { yjs: ConnectionLimiter; socketIo: ConnectionLimiter; networkSockets: ConnectionLimiter };
  close(): void;
}

/** Resolves the signing secret and builds the token checks over `programmes`. */
export async function createAccessControl(deps: {
  config: Config;
  programmes: GrantSource;
  redis: RedisClient | null;
  log: Logger;
}): Promise<AccessControl> {
  const { config, programmes, log } = deps;
  const secret = await resolveSecret({
    configured: config.SECRET,
    redis: deps.redis ? { client: deps.redis, keyPrefix: config.REDIS_KEY_PREFIX } : null,
    dataDir: config.dataDir,
    log,
  });
  const signer = createTokenSigner(secret);
  const access = createAccess({ signer, programmes, log });
  const watcher = createGrantWatcher({ programmes, intervalMs: config.ACCESS_CHECK_MS, log });
  const limits = {
    yjs: createConnectionLimiter(config.MAX_CONNECTIONS_PER_PROGRAMME),
    socketIo: createConnectionLimiter(config.MAX_CONNECTIONS_PER_PROGRAMME),
    /** The network page's live channel, per network (session/network-channel.ts). */
    networkSockets: createConnectionLimiter(config.MAX_CONNECTIONS_PER_PROGRAMME),
  };
  const authorizeDoc = createDocAuthorizer({
    access,
    programmes,
    watcher,
    limiter: limits.yjs,
    checkMs: config.ACCESS_CHECK_MS,
  });
  // Anonymous ballots are keyed by a MAC of the member id: stable across nodes, not reversible.
  const voterKey = (voteId: string, memberId: string) =>
    createHmac('sha256', secret).update(`vote:${voteId}:${memberId}`).digest('base64url').slice(0, 22);
  // Its own purpose label: a calendar key is never a session token, nor the other way round.
  const calendarMac = (payload: string) =>
    createHmac('sha256', secret).update(`calendar-v1.${payload}`).digest();
  // Its own purpose label: a network token is never a programme's session token, nor the other way round.
  const networkMac = (payload: string) =>
    createHmac('sha256', secret).update(`network-v1.${payload}`).digest();
  return {
    signer,
    access,
    watcher,
    authorizeDoc,
    limits,
    voterKey,
    calendarMac,
    networkMac,
    close: () => watcher.close(),
  };
}
