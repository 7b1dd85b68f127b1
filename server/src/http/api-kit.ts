import { buildLink, type CreateProgrammeResponse, LinkPaths } from '@mentoring/shared/schema/api';
import type { Programme } from '@mentoring/shared/schema/programme';
import type { Permission } from '@mentoring/shared/schema/roles';
import { can } from '@mentoring/shared/schema/roles';
import type { FastifyRequest } from 'fastify';
import type { Access, Session } from '../auth/access.js';
import type { GrantWatcher } from '../auth/grant-watcher.js';
import type { TokenSigner } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import type { FaultHook } from '../fault-point.js';
import type { JourneySummaries } from '../journey/journey-summary.js';
import type { ImportLimits } from '../limits/import-limits.js';
import type { NetworkStore } from '../networks/network-store.js';
import type { NetworkTokens } from '../networks/network-tokens.js';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import type { DocStore } from '../store/doc-store.js';
import type { Rooms } from '../sync/rooms.js';

/** What the `/api` route plugins need. */
export interface ApiDeps {
  programmes: ProgrammeStore;
  docs: DocStore;
  rooms: Rooms;
  /** The programmes' journey summaries, pushed to members (journey/journey-summary.ts). */
  journey: JourneySummaries;
  access: Access;
  signer: TokenSigner;
  watcher: GrantWatcher;
  /** MACs calendar feed keys (calendar/calendar-key.ts). */
  calendarMac: (payload: string) => Buffer;
  /** Origin for links; the request's own origin when unset. */
  publicUrl?: string;
  /** How long other nodes may take to notice a revocation (their grant check interval). */
  accessCheckMs: number;
  rateLimitPerMinute: number;
  /** Looks-ups and joins by short join code per address per minute (guessing bound). */
  joinCodeAttemptsPerMinute: number;
  /** Bounds of `POST /api/import`. */
  importLimits: ImportLimits;
  /** Networks of municipalities (issue 15) and their links. */
  networks: NetworkStore;
  networkTokens: NetworkTokens;
  /** How long a lease on choosing a mentor or starting a community lasts (NETWORK_LEASE_MS). */
  networkLeaseMs: number;
  /** Test crash points (fault-point.ts); does nothing unless FAULT_POINT is set. */
  fault: FaultHook;
}

/** Largest `/api` request body: the API takes small JSON forms only. */
export const API_BODY_LIMIT = 64 * 1024;

/** The bearer token of a request, or null. */
export function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer ([^\s]+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/**
 * The caller's session: 401 without a valid member token, 403 when it belongs to another programme
 * than `programmeId` or its role lacks `permission`.
 */
export async function requireSession(
  deps: ApiDeps,
  request: FastifyRequest,
  options: { programmeId?: string; permission?: Permission; allowDeleting?: boolean } = {},
): Promise<Session> {
  const session = await deps.access.session(bearerToken(request), { allowDeleting: options.allowDeleting });
  if (options.programmeId !== undefined && session.programme.id !== options.programmeId) {
    throw new AppError('forbidden', 'your token is for another programme');
  }
  if (options.permission && !can(session.role, options.permission)) {
    throw new AppError('forbidden', `the ${session.role} role may not do this (${options.permission})`);
  }
  return session;
}

/** Origin that links point to. */
export function linkBase(deps: ApiDeps, request: FastifyRequest): string {
  return deps.publicUrl ?? `${request.protocol}://${request.host}`;
}

/**
 * The 201 answer for a programme just made (created or imported): the programme, the facilitator's
 * token and the link that carries it.
 */
export function createdProgramme(
  deps: ApiDeps,
  request: FastifyRequest,
  made: { programme: Programme; facilitatorToken: string },
): CreateProgrammeResponse {
  const { programme, facilitatorToken } = made;
  const link = buildLink(linkBase(deps, request), LinkPaths.programme(programme.id), facilitatorToken);
  return { programme, facilitatorToken, facilitatorLink: link };
}

/** The current instant as stored. */
export const nowIso = () => new Date().toISOString();
