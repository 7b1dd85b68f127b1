import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import { MessageType } from '@mentoring/shared/protocol/messages';
import * as decoding from 'lib0/decoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  claimsOf,
  closeOf,
  createBoard,
  createProgramme,
  joinAs,
  openSocket,
  sign,
  TEST_SECRET,
  tampered,
} from '../helpers/access.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';

describe('access to documents over WebSocket', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer({ SECRET: TEST_SECRET });
  });
  afterEach(() => {
    destroyAllClients();
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function programmeWithBoard() {
    const created = await createProgramme(server.httpUrl);
    const board = await createBoard(server.httpUrl, created.facilitatorToken, created.programme.id);
    return { ...created, board };
  }

  it('refuses missing, wrong, tampered, expired, invite and revoked tokens at upgrade with 401', async () => {
    const { programme, facilitatorToken, board } = await programmeWithBoard();
    const member = await joinAs(server.httpUrl, facilitatorToken, programme.id, 'mentor');
    const expired = sign({ ...claimsOf(member.token), e: Math.floor(Date.now() / 1000) - 1 });
    for (const token of [undefined, '', 'garbage', tampered(member.token), expired, member.invite.token]) {
      expect((await openSocket(server.wsUrl, board.docId, token)).status, String(token)).toBe(401);
    }
    const ok = await openSocket(server.wsUrl, board.docId, member.token);
    expect(ok.status).toBe(101);
    ok.ws?.close();

    await call(
      server.httpUrl,
      'DELETE',
      `/api/programmes/${programme.id}/invites/${member.invite.inviteId}`,
      {
        token: facilitatorToken,
      },
    );
    expect((await openSocket(server.wsUrl, board.docId, member.token)).status).toBe(401);
  });

  it('refuses a token of programme A on a document of programme B, or on no board at all, with 403', async () => {
    const a = await programmeWithBoard();
    const b = await programmeWithBoard();
    expect((await openSocket(server.wsUrl, b.board.docId, a.facilitatorToken)).status).toBe(403);
    expect((await openSocket(server.wsUrl, 'AAAAAAAAAAAAAAAAAAAAAA', a.facilitatorToken)).status).toBe(403);
    const own = await openSocket(server.wsUrl, a.board.docId, a.facilitatorToken);
    expect(own.status).toBe(101);
    own.ws?.close();
  });

  it('drops an observer’s writes: others never see them and the stored document keeps none', async () => {
    const { programme, facilitatorToken, board } = await programmeWithBoard();
    const observer = await joinAs(server.httpUrl, facilitatorToken, programme.id, 'observer');
    const editor = connectClient(server.wsUrl, board.docId, { params: { token: facilitatorToken } });
    const watcher = connectClient(server.wsUrl, board.docId, { params: { token: observer.token } });
    const refused: string[] = [];
    watcher.provider.messageHandlers[MessageType.refused] = (_encoder, decoder) => {
      refused.push(decoding.readVarString(decoder));
    };
    await Promise.all([editor.synced(), watcher.synced()]);

    watcher.doc.getText('text').insert(0, 'OBSERVER');
    await waitFor(() => refused.length > 0, { what: 'the refusal of the observer’s edit' });
    expect(refused[0]).toBe('read-only');
    editor.doc.getText('text').insert(0, 'EDITOR');
    await editor.saved();
    // The observer still receives live updates.
    await waitFor(() => watcher.doc.getText('text').toString().includes('EDITOR'), { what: 'live update' });
    expect(editor.doc.getText('text').toString()).toBe('EDITOR');

    destroyAllClients();
    await server.kill('SIGTERM');
    server = await server.restart();
    const reader = connectClient(server.wsUrl, board.docId, { params: { token: facilitatorToken } });
    await reader.synced();
    expect(reader.doc.getText('text').toString()).toBe('EDITOR');
  });

  it('closes an open connection within 5 s of its invite being revoked', async () => {
    const { programme, facilitatorToken, board } = await programmeWithBoard();
    const member = await joinAs(server.httpUrl, facilitatorToken, programme.id, 'local-support');
    const other = await joinAs(server.httpUrl, facilitatorToken, programme.id, 'mentee');
    const opened = await openSocket(server.wsUrl, board.docId, member.token);
    const kept = await openSocket(server.wsUrl, board.docId, other.token);
    if (!opened.ws || !kept.ws) throw new Error('expected open sockets');
    const closed = closeOf(opened.ws);
    const revoke = await call(
      server.httpUrl,
      'DELETE',
      `/api/programmes/${programme.id}/invites/${member.invite.inviteId}`,
      { token: facilitatorToken },
    );
    expect(revoke.status).toBe(200);
    const { code, afterMs } = await closed;
    expect(code).toBe(CloseCode.unauthorized.code);
    expect(afterMs).toBeLessThan(5_000);
    // Only the revoked invite's connections go.
    expect(kept.ws.readyState).toBe(kept.ws.OPEN);
    kept.ws.close();
  });

  it('closes an open connection within 5 s of its token expiring', async () => {
    const { programme, facilitatorToken, board } = await programmeWithBoard();
    const member = await joinAs(server.httpUrl, facilitatorToken, programme.id, 'mentor');
    const expiresAt = Date.now() + 1_500;
    const shortLived = sign({ ...claimsOf(member.token), e: Math.ceil(expiresAt / 1000) });
    const opened = await openSocket(server.wsUrl, board.docId, shortLived);
    if (!opened.ws) throw new Error(`expected an open socket, got ${opened.status}`);
    const { code } = await closeOf(opened.ws);
    expect(code).toBe(CloseCode.unauthorized.code);
    expect(Date.now() - Math.ceil(expiresAt / 1000) * 1000).toBeLessThan(5_000);
    expect((await openSocket(server.wsUrl, board.docId, shortLived)).status).toBe(401);
  });
});
