import { describeCloseCode } from '@mentoring/shared/protocol/close-codes';
import { readRefused } from '@mentoring/shared/protocol/confirmations';
import { CONFIRM_PARAM, MessageType } from '@mentoring/shared/protocol/messages';
import { type SaveTracker, trackSaveState } from '@mentoring/shared/protocol/save-state';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MAX_BACKOFF_MS, reconnectDelay } from './backoff';
import { type ConnectionSnapshot, deniedReasonOf, deriveLink } from './connection-state';

/** What others see of this client in the board's awareness (beside tldraw's own presence). */
export interface PeerInfo {
  memberId: string;
  name: string;
  color: string;
  role: string;
}

export interface BoardConnectionOptions {
  docId: string;
  token: string;
  user: PeerInfo;
  /** Base URL of the sync endpoint, e.g. `wss://board.example.org/yjs`. */
  serverUrl: string;
  /**
   * Asked after a handshake failed (a refused upgrade reaches the browser as a bare 1006): resolves
   * false when the session is no longer valid, which stops reconnecting.
   */
  checkAccess?: () => Promise<boolean>;
  /** How long to wait for the server before showing the local copy (default 4 s). */
  offlineGraceMs?: number;
}

/** One board's Y.Doc, kept in IndexedDB and synced with the server; see {@link createBoardConnection}. */
export interface BoardConnection {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  getSnapshot(): ConnectionSnapshot;
  subscribe(listener: () => void): () => void;
  /**
   * Stops syncing and deletes this device's copy of the board (IndexedDB), so that edits the server
   * refused are not sent again; the caller then opens a new connection, which loads the server's
   * document. Resolves once the copy is gone (or after `timeoutMs` if another tab holds it open).
   */
  discardLocal(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

const ACCESS_CHECK_EVERY = 3;

/**
 * Opens a board: loads the local copy from IndexedDB (keyed by doc id), then connects with
 * y-websocket asking for save confirmations, reconnects with jittered backoff, pauses while the
 * browser is offline and stops for good on close codes that say retrying cannot help.
 */
export function createBoardConnection(options: BoardConnectionOptions): BoardConnection {
  const doc = new Y.Doc();
  const cache = new IndexeddbPersistence(`mentoring-board:${options.docId}`, doc);
  const provider = new WebsocketProvider(options.serverUrl, options.docId, doc, {
    connect: false,
    params: { token: options.token, [CONFIRM_PARAM]: '1' },
    disableBc: true,
    maxBackoffTime: MAX_BACKOFF_MS,
    shouldReconnect: (event) => describeCloseCode(event.code)?.reconnect ?? true,
  });
  const saves: SaveTracker = trackSaveState(provider);
  provider.awareness.setLocalStateField('user', options.user);

  const listeners = new Set<() => void>();
  const facts = {
    denied: false,
    failedOnce: false,
    refused: false,
    refusedReason: null as string | null,
    ready: false,
    cacheLoaded: false,
    destroyed: false,
  };
  let deniedCode = 0;
  let failures = 0;
  let snapshot = compute();

  function compute(): ConnectionSnapshot {
    return {
      link: deriveLink({
        denied: facts.denied,
        browserOnline: navigator.onLine,
        wsConnected: provider.wsconnected,
        synced: provider.synced,
        failedOnce: facts.failedOnce,
      }),
      save: saves.state,
      unsaved: saves.hasUnsavedChanges,
      ready: facts.ready,
      denied: facts.denied ? deniedReasonOf(deniedCode) : null,
      refused: facts.refused,
      rolledBack: false,
    };
  }
  function update() {
    if (facts.destroyed) return;
    const next = compute();
    const changed = (Object.keys(next) as (keyof ConnectionSnapshot)[]).some((k) => next[k] !== snapshot[k]);
    if (!changed) return;
    snapshot = next;
    for (const listener of listeners) listener();
  }
  function deny(code: number) {
    facts.denied = true;
    deniedCode = code;
    provider.disconnect();
    update();
  }

  provider.messageHandlers[MessageType.refused] = (_encoder, decoder) => {
    // The UI says the same for every reason (read-only, locked, server-owned); kept for debugging.
    try {
      facts.refusedReason = readRefused(decoder).reason;
    } catch {
      facts.refusedReason = null; // a malformed body still means an edit was refused
    }
    facts.refused = true;
    update();
  };
  provider.on('status', update);
  provider.on('sync', (synced) => {
    if (synced) facts.ready = true;
    update();
  });
  provider.on('closed', ({ code }) => deny(code));
  provider.on('connection-close', (event) => {
    facts.failedOnce = true;
    if (facts.cacheLoaded) facts.ready = true;
    // y-websocket waits min(2^attempts * 100, maxBackoffTime): setting the cap to a jittered delay
    // below that value makes the next wait exactly the jittered one.
    provider.maxBackoffTime = reconnectDelay(provider.wsUnsuccessfulReconnects + 1, Math.random());
    failures += 1;
    const neverOpened = event !== null && event.code === 1006;
    if (neverOpened && options.checkAccess && navigator.onLine && failures % ACCESS_CHECK_EVERY === 1) {
      options.checkAccess().then(
        (allowed) => {
          if (!allowed && !facts.destroyed) deny(4401);
        },
        () => undefined,
      );
    }
    update();
  });
  saves.subscribe(update);
  // `unsaved` changes with local edits even while the save state stays `offline`.
  doc.on('update', update);

  const onOffline = () => {
    // Chromium keeps a dead socket open for a long time; drop it so edits queue locally right away.
    provider.disconnect();
    facts.failedOnce = true;
    update();
  };
  const onOnline = () => {
    if (!facts.denied) provider.connect();
    update();
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);

  const grace = setTimeout(() => {
    facts.ready = true;
    update();
  }, options.offlineGraceMs ?? 4_000);
  // Connect once the local copy is in the doc, so offline edits travel in the first sync message.
  void cache.whenSynced.then(() => {
    if (facts.destroyed) return;
    facts.cacheLoaded = true;
    if (facts.failedOnce || !navigator.onLine) facts.ready = true;
    if (navigator.onLine) provider.connect();
    update();
  });

  return {
    doc,
    awareness: provider.awareness,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async discardLocal(timeoutMs = 3_000) {
      provider.disconnect();
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        cache.clearData(),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, timeoutMs);
        }),
      ]).finally(() => clearTimeout(timer));
    },
    destroy() {
      if (facts.destroyed) return;
      facts.destroyed = true;
      clearTimeout(grace);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      listeners.clear();
      saves.destroy();
      provider.destroy();
      void cache.destroy();
      doc.destroy();
    },
  };
}

/** The sync endpoint of the page's own origin. */
export function syncServerUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/yjs`;
}
