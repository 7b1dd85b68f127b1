import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setBoardLocked } from '@mentoring/shared/doc/session';
import { decodeConfirmation } from '@mentoring/shared/protocol/confirmations';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createSqliteDocStore } from '../store/sqlite-doc-store.js';
import { createRooms, type Rooms } from '../sync/rooms.js';
import { boardEditRules, type EditorRights } from './edit-rules.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const limits = { maxDocBytes: 1024 * 1024, maxMessagesPerSecond: 1_000, roomIdleMs: 60_000 };

/** A confirming client that only sends: what the server confirms or refuses is recorded. */
function editor(rooms: Rooms<EditorRights>, rights: EditorRights) {
  const seen = { saved: 0, refused: [] as string[] };
  const handle = rooms.connect(
    'doc',
    {
      send(data) {
        const message = decodeConfirmation(data);
        if (message?.type === 'saved') seen.saved = message.count;
        if (message?.type === 'refused') seen.refused.push(message.reason);
      },
      close() {},
    },
    { ...rights, confirm: true },
  );
  const doc = new Y.Doc();
  const send = (change: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(doc);
    change(doc);
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, 0);
    syncProtocol.writeUpdate(message, Y.encodeStateAsUpdate(doc, before));
    handle.receive(encoding.toUint8Array(message));
  };
  return { seen, send };
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5_000) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('board edit rules as room hooks', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function setup() {
    const dir = mkdtempSync(join(tmpdir(), 'mb-edit-rules-'));
    dirs.push(dir);
    const store = await createSqliteDocStore({ dir });
    return createRooms<EditorRights>({ store, log: silent, limits, hooks: boardEditRules });
  }

  it('refuses an observer’s edit with its reason, and stores a member’s', async () => {
    const rooms = await setup();
    const observer = editor(rooms, { readOnly: () => true });
    const member = editor(rooms, { readOnly: () => false });
    observer.send((doc) => doc.getMap('m').set('k', 'observer'));
    member.send((doc) => doc.getMap('m').set('k', 'member'));
    await until(() => observer.seen.refused.length > 0 && member.seen.saved > 0);
    expect(observer.seen.refused).toEqual(['read-only']);
    expect(observer.seen.saved).toBe(0);
    expect(await rooms.read('doc', (doc) => doc.getMap('m').get('k'))).toBe('member');
    await rooms.close(1_000);
  });

  it('refuses edits to a locked board except from those who may bypass the lock', async () => {
    const rooms = await setup();
    await rooms.change('doc', (doc) => setBoardLocked(doc, true, 'Facilitator'));
    const member = editor(rooms, { readOnly: () => false });
    const facilitator = editor(rooms, { readOnly: () => false, bypassLock: true });
    member.send((doc) => doc.getMap('m').set('k', 'member'));
    facilitator.send((doc) => doc.getMap('m').set('k', 'facilitator'));
    await until(() => member.seen.refused.length > 0 && facilitator.seen.saved > 0);
    expect(member.seen.refused).toEqual(['locked']);
    expect(await rooms.read('doc', (doc) => doc.getMap('m').get('k'))).toBe('facilitator');
    await rooms.close(1_000);
  });

  it('refuses a client’s write to a root only the server writes', async () => {
    const rooms = await setup();
    const facilitator = editor(rooms, { readOnly: () => false, bypassLock: true });
    facilitator.send((doc) => doc.getMap('votes').set('v1', { forged: true }));
    await until(() => facilitator.seen.refused.length > 0);
    expect(facilitator.seen.refused).toEqual(['server-owned']);
    expect(await rooms.read('doc', (doc) => doc.getMap('votes').size)).toBe(0);
    await rooms.close(1_000);
  });
});
