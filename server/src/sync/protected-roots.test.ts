import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { touchesProtectedRoots, touchesRootsOutside } from './protected-roots.js';

const PROTECTED = new Set(['session', 'votes']);

/** A server doc and a client synced with it; returns the client's next update. */
function setup() {
  const server = new Y.Doc();
  server.getMap('session').set('locked', false);
  server.getMap('votes').set('v1', { status: 'open' });
  server.getText('text').insert(0, 'hello');
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const capture = (change: () => void) => {
    let update: Uint8Array | null = null;
    const listener = (u: Uint8Array) => {
      update = u;
    };
    client.on('update', listener);
    change();
    client.off('update', listener);
    return update!;
  };
  return { server, client, capture };
}

describe('touchesProtectedRoots', () => {
  it('lets ordinary edits through', () => {
    const { server, client, capture } = setup();
    const update = capture(() => client.getText('text').insert(5, ' world'));
    expect(touchesProtectedRoots(server, Y.decodeUpdate(update), PROTECTED)).toBe(false);
  });

  it('refuses a new key in a protected map', () => {
    const { server, client, capture } = setup();
    expect(
      touchesProtectedRoots(
        server,
        Y.decodeUpdate(capture(() => client.getMap('votes').set('v2', {}))),
        PROTECTED,
      ),
    ).toBe(true);
  });

  it('refuses overwriting an existing key (parent not written in the update)', () => {
    const { server, client, capture } = setup();
    const update = capture(() => client.getMap('session').set('locked', true));
    expect(touchesProtectedRoots(server, Y.decodeUpdate(update), PROTECTED)).toBe(true);
  });

  it('refuses deleting from a protected map', () => {
    const { server, client, capture } = setup();
    expect(
      touchesProtectedRoots(
        server,
        Y.decodeUpdate(capture(() => client.getMap('votes').delete('v1'))),
        PROTECTED,
      ),
    ).toBe(true);
  });

  it('refuses nested content under a protected root', () => {
    const { server, client, capture } = setup();
    const update = capture(() =>
      client.transact(() => {
        const nested = new Y.Map();
        client.getMap('votes').set('v3', nested);
        nested.set('ballot', ['a']);
      }),
    );
    expect(touchesProtectedRoots(server, Y.decodeUpdate(update), PROTECTED)).toBe(true);
  });
});

describe('touchesProtectedRoots and deletions the server made itself', () => {
  it('lets through a reconnecting client’s step 2, whose delete set repeats the server’s own deletions', () => {
    // Found by the soak: after a vote closed (the server replaced a value in `votes`), every client
    // reconnecting sent a step 2 carrying its whole delete set, including that replacement: the
    // step 2 was refused, and with it the edits the client had made offline.
    const { server, client } = setup();
    server.getMap('votes').set('v1', { status: 'closed' });
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    client.getText('text').insert(0, 'offline ');
    const stepTwo = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(touchesProtectedRoots(server, Y.decodeUpdate(stepTwo), PROTECTED)).toBe(false);
  });

  it('still refuses deleting a live item of a protected root', () => {
    const { server, client } = setup();
    server.getMap('votes').set('v1', { status: 'closed' });
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    client.getMap('votes').delete('v1');
    const stepTwo = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(touchesProtectedRoots(server, Y.decodeUpdate(stepTwo), PROTECTED)).toBe(true);
  });
});

describe('touchesRootsOutside', () => {
  const OPEN = new Set(['comments']);

  it('lets through an edit of the open roots only', () => {
    const { server, client, capture } = setup();
    const update = capture(() => client.getArray('comments').push([{ text: 'a question' }]));
    expect(touchesRootsOutside(server, Y.decodeUpdate(update), OPEN)).toBe(false);
  });

  it('refuses an edit of any other root, nested or plain', () => {
    const { server, client, capture } = setup();
    const update = capture(() => client.getText('text').insert(0, 'x'));
    expect(touchesRootsOutside(server, Y.decodeUpdate(update), OPEN)).toBe(true);
    const deletion = capture(() => client.getText('text').delete(0, 2));
    expect(touchesRootsOutside(server, Y.decodeUpdate(deletion), OPEN)).toBe(true);
  });

  it('ignores deletions the server already has (a sync step 2 carries the whole delete set)', () => {
    const { server, client } = setup();
    server.getText('text').delete(0, 2);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    client.getArray('comments').push([{ text: 'later' }]);
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(touchesRootsOutside(server, Y.decodeUpdate(step2), OPEN)).toBe(false);
  });
});
