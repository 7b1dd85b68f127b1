import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { openDoc } from '../helpers/programme.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients, snapshotOf } from '../helpers/yjs-client.js';

/** Deterministic PRNG so a failure can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Valid messages of every kind, to mutate. */
function validMessages(): Uint8Array[] {
  const doc = new Y.Doc();
  doc.getText('text').insert(0, 'hello fuzz');
  doc.getArray('array').push([1, 'two', { three: 3 }]);
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: 'fuzz' } });
  const frame = (type: number, step: number | null, payload: Uint8Array) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, type);
    if (step !== null) encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
    return encoding.toUint8Array(encoder);
  };
  const messages = [
    frame(0, 0, Y.encodeStateVector(doc)),
    frame(0, 1, Y.encodeStateAsUpdate(doc)),
    frame(0, 2, Y.encodeStateAsUpdate(doc)),
    frame(1, null, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])),
    Uint8Array.of(3),
  ];
  awareness.destroy();
  return messages;
}

function mutate(message: Uint8Array, random: () => number): Uint8Array {
  const bytes = Uint8Array.from(message);
  switch (Math.floor(random() * 6)) {
    case 0:
      return bytes.slice(0, Math.floor(random() * bytes.length));
    case 1:
      for (let i = 0; i < 1 + random() * 4; i++)
        bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      return bytes;
    case 2:
      return Uint8Array.from([
        ...bytes,
        ...Array.from({ length: 1 + random() * 8 }, () => Math.floor(random() * 256)),
      ]);
    case 3:
      return Uint8Array.from(
        Array.from({ length: Math.floor(random() * 64) }, () => Math.floor(random() * 256)),
      );
    case 4:
      return Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]);
    default:
      return Uint8Array.of(Math.floor(random() * 200) + 4, ...bytes.slice(1));
  }
}

describe('hostile input on /yjs', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer({ MAX_MESSAGE_BYTES: '65536' });
  });
  afterAll(async () => {
    destroyAllClients();
    await server.stop();
  });

  it('closes only the offending connection, with a documented code, for each kind of bad message', async () => {
    const { docId, token } = await openDoc(server.httpUrl);
    const cases: Array<[string, Uint8Array | string, number]> = [
      ['unknown type', Uint8Array.of(42, 0), CloseCode.badMessage.code],
      ['truncated varint', Uint8Array.of(0x80), CloseCode.badMessage.code],
      ['undecodable update', Uint8Array.of(0, 2, 5, 1, 2, 3, 4, 5), CloseCode.badMessage.code],
      ['text frame', 'hello', CloseCode.badMessage.code],
      ['oversized frame', new Uint8Array(70_000), CloseCode.frameTooLarge.code],
    ];
    for (const [name, payload, code] of cases) {
      const ws = new WebSocket(`${server.wsUrl}/${docId}?token=${token}`);
      await new Promise((resolve) => ws.once('open', resolve));
      const closed = new Promise<number>((resolve) => ws.once('close', (closeCode) => resolve(closeCode)));
      ws.send(payload);
      expect(await closed, name).toBe(code);
    }
  });

  it('closes a connection that floods messages', async () => {
    const { docId, token } = await openDoc(server.httpUrl);
    const ws = new WebSocket(`${server.wsUrl}/${docId}?token=${token}`);
    await new Promise((resolve) => ws.once('open', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', (closeCode) => resolve(closeCode)));
    for (let i = 0; i < 5_000 && ws.readyState === WebSocket.OPEN; i++) ws.send(Uint8Array.of(3));
    expect(await closed).toBe(CloseCode.rateLimited.code);
  });

  it('survives 10,000 random and mutated messages while honest clients keep converging', async () => {
    const { docId, token } = await openDoc(server.httpUrl);
    const honest = [0, 1, 2].map(() => connectClient(server.wsUrl, docId, { params: { token } }));
    await Promise.all(honest.map((client) => client.synced()));
    const random = prng(20261124);
    const seeds = validMessages();
    let sent = 0;
    let round = 0;
    const attacker = async () => {
      while (sent < 10_000) {
        const ws = new WebSocket(`${server.wsUrl}/${docId}?token=${token}`);
        const opened = await new Promise<boolean>((resolve) => {
          ws.once('open', () => resolve(true));
          ws.once('error', () => resolve(false));
        });
        if (!opened) continue;
        for (let i = 0; i < 5 && ws.readyState === WebSocket.OPEN; i++) {
          const base = seeds[Math.floor(random() * seeds.length)]!;
          ws.send(random() < 0.15 ? base : mutate(base, random));
          sent += 1;
        }
        // Let the frames reach the server before hanging up: wait for its close, or a moment.
        await new Promise((resolve) => {
          ws.once('close', resolve);
          setTimeout(resolve, 100);
        });
        ws.terminate();
        round += 1;
        if (round % 10 === 0) {
          honest[round % 3]!.doc.getArray('array').push([`honest-${round}`]);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, attacker));
    expect(sent).toBeGreaterThanOrEqual(10_000);
    // The server read them: most connections were closed for a bad message, one log line each.
    const closings = server.logs.filter((line) => line.includes('closing connection')).length;
    expect(closings).toBeGreaterThan(1_000);
    honest.forEach((client, i) => {
      client.doc.getText('text').insert(0, `after-${i};`);
    });
    await waitFor(
      () => {
        const first = JSON.stringify(snapshotOf(honest[0]!.doc));
        return honest.every((client) => JSON.stringify(snapshotOf(client.doc)) === first);
      },
      { timeoutMs: 20_000, what: 'honest clients to converge' },
    );
    for (let i = 0; i < 3; i++) expect(honest[0]!.doc.getText('text').toString()).toContain(`after-${i};`);
    expect((await fetch(`${server.httpUrl}/healthz`)).status).toBe(200);
  }, 180_000);
});
