import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { closeOf, openSocket, TEST_SECRET } from '../helpers/access.js';
import { openDoc } from '../helpers/programme.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';

/** A y-websocket sync update message carrying `update`. */
function syncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An update of `count` delete ranges and no structs. */
function manyDeleteRanges(count: number): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const value of [0, 1, 1, count]) encoding.writeVarUint(encoder, value);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, i * 2);
    encoding.writeVarUint(encoder, 1);
  }
  return encoding.toUint8Array(encoder);
}

describe('structural limits of live updates', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer({ SECRET: TEST_SECRET, MAX_UPDATE_COST: '1000', MAX_DOC_COST: '3000' });
  });
  afterEach(() => destroyAllClients());
  afterAll(async () => {
    await server?.stop();
  });

  it('closes with 4422 a connection that sends an update over MAX_UPDATE_COST; others stay in sync', async () => {
    const { docId, token } = await openDoc(server.httpUrl);
    const good = connectClient(server.wsUrl, docId, { params: { token } });
    await good.synced();
    const bad = await openSocket(server.wsUrl, docId, token);
    if (!bad.ws) throw new Error(`refused: ${bad.status}`);
    const closed = closeOf(bad.ws);
    // 25 kB: far under MAX_MESSAGE_BYTES, 5,000 delete ranges.
    bad.ws.send(syncUpdate(manyDeleteRanges(5_000)));
    expect((await closed).code).toBe(CloseCode.updateTooCostly.code);

    good.doc.getMap('map').set('still', 'working');
    await good.saved();
    const fresh = connectClient(server.wsUrl, docId, { params: { token } });
    await fresh.synced();
    expect(fresh.doc.getMap('map').get('still')).toBe('working');
  });

  it('closes with 4422 the connection whose update would take the document past MAX_DOC_COST', async () => {
    const { docId, token } = await openDoc(server.httpUrl);
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    const array = source.getArray<number>('array');
    // Inserted one by one at the front: 900 structs per update, under MAX_UPDATE_COST.
    for (let batch = 0; batch < 4; batch++) {
      source.transact(() => {
        for (let i = 0; i < 900; i++) array.insert(0, [i]);
      });
    }
    const client = connectClient(server.wsUrl, docId, { params: { token } });
    await client.synced();
    const closed = new Promise<number>((resolve) =>
      client.provider.on('connection-close', (event) => resolve(event?.code ?? -1)),
    );
    for (const update of updates) Y.applyUpdate(client.doc, update);
    expect(await closed).toBe(CloseCode.updateTooCostly.code);
  });
});
