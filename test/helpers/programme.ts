import { randomBytes } from 'node:crypto';

export interface OpenedDoc {
  docId: string;
  /** Facilitator token (may edit). */
  token: string;
  programmeId: string;
}

/** POST/GET JSON against a server with an optional bearer token. */
export async function api<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Creates a programme and one board on a running server; returns its doc id and a token. */
export async function openDoc(baseUrl: string, kind = 'canvas'): Promise<OpenedDoc> {
  const created = await api<{ programme: { id: string }; facilitatorToken: string }>(
    baseUrl,
    'POST',
    '/api/programmes',
    {
      title: 'Language learning',
      menteeCity: 'Riga',
      mentorCity: 'Málaga',
      language: 'en',
    },
  );
  if (created.status === 404) {
    // Before programmes exist every document is open.
    return { docId: randomBytes(16).toString('base64url'), token: 'none', programmeId: 'none' };
  }
  if (created.status !== 201)
    throw new Error(`create programme: ${created.status} ${JSON.stringify(created.body)}`);
  const { programme, facilitatorToken } = created.body;
  const board = await api<{ board: { docId: string } }>(
    baseUrl,
    'POST',
    `/api/programmes/${programme.id}/boards`,
    { kind, title: 'Board' },
    facilitatorToken,
  );
  if (board.status !== 201) throw new Error(`create board: ${board.status} ${JSON.stringify(board.body)}`);
  return { docId: board.body.board.docId, token: facilitatorToken, programmeId: programme.id };
}
