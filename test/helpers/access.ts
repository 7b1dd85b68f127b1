import {
  BoardResponseSchema,
  type CreateInviteResponse,
  CreateInviteResponseSchema,
  type CreateProgrammeResponse,
  CreateProgrammeResponseSchema,
  type JoinResponse,
  JoinResponseSchema,
} from '@mentoring/shared/schema/api';
import type { Board, BoardKind } from '@mentoring/shared/schema/board';
import type { Role } from '@mentoring/shared/schema/roles';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import type { z } from 'zod';
import { createTokenSigner, type TokenClaims, TokenClaimsSchema } from '../../server/src/auth/tokens.js';

/** The SECRET the access tests give their servers, so that they can mint expired or forged tokens. */
export const TEST_SECRET = 'test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

/** A response of the API: status, parsed JSON body (or undefined) and headers. */
export interface ApiResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

/** One HTTP call; `body` is sent as JSON unless `raw` is given. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined || options.raw !== undefined) headers['content-type'] ??= 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  let body: unknown = text || undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {}
  return { status: response.status, body, headers: response.headers };
}

/** Calls and checks the status, then parses the body with the API's own response schema. */
export async function expectOk<T>(
  schema: z.ZodType<T>,
  status: number,
  response: Promise<ApiResponse>,
): Promise<T> {
  const { status: got, body } = await response;
  if (got !== status) throw new Error(`expected ${status}, got ${got}: ${JSON.stringify(body)}`);
  return schema.parse(body);
}

/** Creates a programme whose title carries `marker`. */
export function createProgramme(baseUrl: string, marker = 'test'): Promise<CreateProgrammeResponse> {
  const body = { title: `Programme ${marker}`, menteeCity: 'Riga', mentorCity: 'Málaga', language: 'en' };
  return expectOk(CreateProgrammeResponseSchema, 201, call(baseUrl, 'POST', '/api/programmes', { body }));
}

export async function createBoard(
  baseUrl: string,
  token: string,
  programmeId: string,
  kind: BoardKind = 'canvas',
  title = 'Board',
): Promise<Board> {
  const path = `/api/programmes/${programmeId}/boards`;
  const { board } = await expectOk(
    BoardResponseSchema,
    201,
    call(baseUrl, 'POST', path, { token, body: { kind, title } }),
  );
  return board;
}

export function createInvite(
  baseUrl: string,
  token: string,
  programmeId: string,
  role: Role,
): Promise<CreateInviteResponse> {
  const path = `/api/programmes/${programmeId}/invites`;
  return expectOk(CreateInviteResponseSchema, 201, call(baseUrl, 'POST', path, { token, body: { role } }));
}

/** Invites someone with `role` and joins as them: their session token, member and invite. */
export async function joinAs(
  baseUrl: string,
  facilitatorToken: string,
  programmeId: string,
  role: Role,
  displayName = `A ${role}`,
): Promise<JoinResponse & { invite: CreateInviteResponse }> {
  const invite = await createInvite(baseUrl, facilitatorToken, programmeId, role);
  const body = { token: invite.token, displayName };
  const joined = await expectOk(JoinResponseSchema, 201, call(baseUrl, 'POST', '/api/join', { body }));
  return { ...joined, invite };
}

/** The claims of a token, read without checking it (tests only). */
export function claimsOf(token: string): TokenClaims {
  const [payload = ''] = token.split('.');
  return TokenClaimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
}

/** A token signed with `secret` (default: the tests' SECRET). */
export function sign(claims: TokenClaims, secret = TEST_SECRET): string {
  return createTokenSigner(secret).sign(claims);
}

/** The same token with its role claim changed, and the original signature. */
export function tampered(token: string): string {
  const [, mac] = token.split('.');
  const claims = { ...claimsOf(token), r: 'facilitator' };
  return `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${mac}`;
}

/** A raw WebSocket to `/yjs/:docId`: resolves once open, or with the HTTP status that refused it. */
export function openSocket(
  wsUrl: string,
  docId: string,
  token?: string,
): Promise<{ ws: WebSocket; status: 101 } | { ws: null; status: number }> {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`;
  const ws = new WebSocket(`${wsUrl}/${docId}${query}`);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, status: 101 }));
    ws.once('unexpected-response', (_request, response) => {
      resolve({ ws: null, status: response.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('error', (error) => reject(error));
  });
}

/** Resolves with the close code of a WebSocket, and how long after this call it came. */
export function closeOf(ws: WebSocket): Promise<{ code: number; afterMs: number }> {
  const started = Date.now();
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve({ code: -1, afterMs: 0 });
  return new Promise((resolve) =>
    ws.once('close', (code) => resolve({ code, afterMs: Date.now() - started })),
  );
}

/** A socket.io client (WebSocket transport, no reconnection) with `auth.token`. */
export function connectSocketIo(httpUrl: string, token?: string): Socket {
  return io(httpUrl, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: token === undefined ? {} : { token },
  });
}

/** Resolves 'connected' or with the message of the handshake's `connect_error`. */
export function handshake(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    // Already through (asked after another socket's handshake was awaited): 'connect' has fired.
    if (socket.connected) return resolve('connected');
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (error) => resolve(error.message));
  });
}
