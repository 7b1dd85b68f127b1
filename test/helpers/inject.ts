import {
  BoardResponseSchema,
  CreateInviteResponseSchema,
  CreateProgrammeResponseSchema,
  JoinResponseSchema,
} from '@mentoring/shared/schema/api';
import type { Board } from '@mentoring/shared/schema/board';
import type { Role } from '@mentoring/shared/schema/roles';
import type { InProcessApp } from './in-process-app.js';

/** A reply of `app.inject`: status and parsed JSON body (or the raw text). */
export interface Injected {
  status: number;
  body: unknown;
  headers: Record<string, unknown>;
}

/** One request through `fastify.inject`, as the client would send it (JSON, bearer token). */
export async function inject(
  test: InProcessApp,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  options: { token?: string; body?: unknown; raw?: string } = {},
): Promise<Injected> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined || options.raw !== undefined) headers['content-type'] = 'application/json';
  const response = await test.app.fastify.inject({
    method,
    url,
    headers,
    payload: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  let body: unknown = response.body;
  try {
    body = response.body ? JSON.parse(response.body) : undefined;
  } catch {}
  return { status: response.statusCode, body, headers: response.headers };
}

/** What the route tests start from: two programmes, a board, and tokens of several roles. */
export interface Seed {
  programmeId: string;
  facilitator: string;
  observer: string;
  mentee: string;
  board: Board;
  /** The facilitator of another programme. */
  stranger: string;
}

const draft = { title: 'Routes', menteeCity: 'Riga', mentorCity: 'Málaga', language: 'en' };

async function expectStatus(response: Promise<Injected>, status: number): Promise<unknown> {
  const got = await response;
  if (got.status !== status)
    throw new Error(`expected ${status}, got ${got.status}: ${JSON.stringify(got.body)}`);
  return got.body;
}

async function joinAs(
  test: InProcessApp,
  programmeId: string,
  facilitator: string,
  role: Role,
): Promise<string> {
  const invite = CreateInviteResponseSchema.parse(
    await expectStatus(
      inject(test, 'POST', `/api/programmes/${programmeId}/invites`, { token: facilitator, body: { role } }),
      201,
    ),
  );
  const joined = JoinResponseSchema.parse(
    await expectStatus(
      inject(test, 'POST', '/api/join', { body: { token: invite.token, displayName: `A ${role}` } }),
      201,
    ),
  );
  return joined.token;
}

/** Creates the seed through the API itself. */
export async function seed(test: InProcessApp): Promise<Seed> {
  const created = CreateProgrammeResponseSchema.parse(
    await expectStatus(inject(test, 'POST', '/api/programmes', { body: draft }), 201),
  );
  const other = CreateProgrammeResponseSchema.parse(
    await expectStatus(inject(test, 'POST', '/api/programmes', { body: draft }), 201),
  );
  const programmeId = created.programme.id;
  const facilitator = created.facilitatorToken;
  const { board } = BoardResponseSchema.parse(
    await expectStatus(
      inject(test, 'POST', `/api/programmes/${programmeId}/boards`, {
        token: facilitator,
        body: { kind: 'action-plan', title: 'Plan' },
      }),
      201,
    ),
  );
  return {
    programmeId,
    facilitator,
    observer: await joinAs(test, programmeId, facilitator, 'observer'),
    mentee: await joinAs(test, programmeId, facilitator, 'mentee'),
    board,
    stranger: other.facilitatorToken,
  };
}

/** A JSON body just over `bytes` long. */
export function bodyOver(bytes: number): string {
  return JSON.stringify({ title: 'x'.repeat(bytes) });
}
