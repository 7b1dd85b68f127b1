import type * as decoding from 'lib0/decoding';
import type * as encoding from 'lib0/encoding';
import type * as Y from 'yjs';
import { readSaved } from './confirmations.js';
import { MessageType } from './messages.js';

/**
 * What the user is told about their edits: `saved` only once the server has confirmed that every edit
 * this client sent is durably stored; `saving` while some are not; `offline` without a connection
 * (edits are kept locally and sent on reconnect).
 */
export type SaveState = 'saved' | 'saving' | 'offline';

// The provider passes more arguments (itself, emitSynced, the type); this helper needs none of them.
type MessageHandler = (encoder: encoding.Encoder, decoder: decoding.Decoder, ...rest: never[]) => void;

/** The part of y-websocket's `WebsocketProvider` this helper uses (kept structural: no dependency). */
export interface ConfirmingProvider {
  doc: Y.Doc;
  wsconnected: boolean;
  synced: boolean;
  messageHandlers: MessageHandler[];
  on(event: 'status', listener: (event: { status: string }) => void): void;
  on(event: 'sync', listener: (synced: boolean) => void): void;
  off(event: 'status', listener: (event: { status: string }) => void): void;
  off(event: 'sync', listener: (synced: boolean) => void): void;
}

export interface SaveTracker {
  readonly state: SaveState;
  /** True while some local edit has not been confirmed as stored. */
  readonly hasUnsavedChanges: boolean;
  subscribe(listener: (state: SaveState) => void): () => void;
  destroy(): void;
}

/**
 * Turns the server's `saved` messages into a SaveState. The provider must be created with
 * `params: { confirm: '1' }`. Counting works because the server counts exactly what the provider
 * sends: one sync-step-2 per connection (the answer to the server's step 1) plus one update message
 * per local transaction made while connected. Edits made offline travel inside that step 2.
 * Attach it before the provider first connects (create the provider with `connect: false`).
 */
export function trackSaveState(provider: ConfirmingProvider): SaveTracker {
  let sent = 0;
  let confirmed = 0;
  let unsentOffline = false;
  const listeners = new Set<(state: SaveState) => void>();
  let last: SaveState | undefined;

  const compute = (): SaveState => {
    if (!provider.wsconnected) return 'offline';
    return provider.synced && confirmed >= sent ? 'saved' : 'saving';
  };
  const emit = () => {
    const state = compute();
    if (state === last) return;
    last = state;
    for (const listener of listeners) listener(state);
  };

  const onStatus = (event: { status: string }) => {
    if (event.status === 'connected') {
      sent = 1; // the step 2 this client will send in answer to the server's step 1
      confirmed = 0;
    }
    emit();
  };
  const onSync = () => emit();
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return; // came from the server
    if (provider.wsconnected) sent += 1;
    else unsentOffline = true;
    emit();
  };

  provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
    const message = readSaved(decoder);
    confirmed = Math.max(confirmed, message.count);
    if (confirmed >= sent) unsentOffline = false;
    emit();
  };
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.doc.on('update', onUpdate);
  last = compute();

  return {
    get state() {
      return compute();
    },
    get hasUnsavedChanges() {
      return unsentOffline || confirmed < sent;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.doc.off('update', onUpdate);
      delete provider.messageHandlers[MessageType.saved];
      listeners.clear();
    },
  };
}
