import { type SaveTracker, trackSaveState } from '@mentoring/shared/protocol/save-state';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { waitFor } from './wait.js';

/** Every client still open, with what closes it. */
const open = new Map<WebsocketProvider, () => void>();

/**
 * y-websocket adds one `process.on('exit')` listener per provider (and removes it on destroy), so a
 * test with more than ten clients would trip Node's MaxListenersExceededWarning. The limit is raised
 * by exactly one per open client, so a real listener leak elsewhere still warns.
 */
function allowExitListener(delta: 1 | -1): void {
  const limit = process.getMaxListeners();
  if (limit !== 0) process.setMaxListeners(limit + delta);
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  saves: SaveTracker;
  /** Resolves once synced with the server. */
  synced(timeoutMs?: number): Promise<void>;
  /** Resolves once the server confirmed every edit of this client as stored. */
  saved(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

/**
 * The stock y-websocket provider on Node (ws as its WebSocket), asking for save confirmations.
 * `serverUrl` is `ws://host:port/yjs`.
 */
export function connectClient(
  serverUrl: string,
  docId: string,
  options: { params?: Record<string, string>; confirm?: boolean; doc?: Y.Doc } = {},
): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const params = { ...(options.confirm === false ? {} : { confirm: '1' }), ...options.params };
  allowExitListener(1); // before the constructor, which adds the listener
  const provider = new WebsocketProvider(serverUrl, docId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params,
    connect: false,
    disableBc: true,
    maxBackoffTime: 500,
  });
  const saves = trackSaveState(provider);
  const destroy = () => {
    if (!open.delete(provider)) return;
    saves.destroy();
    provider.destroy();
    allowExitListener(-1);
  };
  open.set(provider, destroy);
  provider.connect();
  return {
    doc,
    provider,
    saves,
    synced: (timeoutMs = 10_000) =>
      waitFor(() => provider.synced, { timeoutMs, what: `sync of ${docId}` }).then(() => {}),
    saved: (timeoutMs = 10_000) =>
      waitFor(() => saves.state === 'saved', { timeoutMs, what: `save of ${docId}` }).then(() => {}),
    destroy,
  };
}

/** Destroys every client still open (call in afterEach). */
export function destroyAllClients(): void {
  for (const destroy of [...open.values()]) destroy();
}

/** Plain JSON of a doc's shared types, for convergence checks. */
export function snapshotOf(doc: Y.Doc): unknown {
  return {
    // Key order of a Y.Map follows arrival order, which differs between clients.
    map: Object.fromEntries(
      Object.entries(doc.getMap('map').toJSON()).sort(([a], [b]) => a.localeCompare(b)),
    ),
    array: doc.getArray('array').toJSON(),
    text: doc.getText('text').toString(),
  };
}
