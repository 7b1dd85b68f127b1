import type { SaveState } from '@mentoring/shared/protocol/save-state';

/** What the connection to the board's server is doing. */
export type LinkState = 'connecting' | 'live' | 'offline' | 'denied';

/** Why the server will not let this client in (no retry helps). */
export type DeniedReason = 'unauthorized' | 'forbidden' | 'tooLarge' | 'other';

/** Everything the UI shows about a board's connection; a new object on every change. */
export interface ConnectionSnapshot {
  link: LinkState;
  /** `saved` only when the server confirmed every local edit as stored. */
  save: SaveState;
  /** Some local edit is not confirmed yet (kept in IndexedDB meanwhile). */
  unsaved: boolean;
  /** The content can be shown: synced with the server, or the local copy is loaded and we are offline. */
  ready: boolean;
  denied: DeniedReason | null;
  /** The server refused an edit (read-only role or locked board). */
  refused: boolean;
  /**
   * A refused edit was rolled back: the local copy was dropped and the board reloaded from the
   * server (see use-board-connection.ts). True until the next local edit.
   */
  rolledBack: boolean;
}

/**
 * The snapshot without its save fields, which change with nearly every keystroke: what the board
 * screen renders from. Only the status badge (ConnectionStatus) reads `save` and `unsaved`, from the
 * connection itself, so that typing re-renders the badge and not the whole board screen.
 */
export type ConnectionFrame = Omit<ConnectionSnapshot, 'save' | 'unsaved'>;

/** The raw facts a connection tracks; {@link deriveLink} turns them into a {@link LinkState}. */
export interface LinkFacts {
  denied: boolean;
  browserOnline: boolean;
  wsConnected: boolean;
  synced: boolean;
  /** A connection attempt of this session has failed or dropped. */
  failedOnce: boolean;
}

/** One state for the status badge: offline once any attempt failed, connecting before that. */
export function deriveLink(facts: LinkFacts): LinkState {
  if (facts.denied) return 'denied';
  if (!facts.browserOnline) return 'offline';
  if (facts.wsConnected && facts.synced) return 'live';
  return facts.failedOnce ? 'offline' : 'connecting';
}

/** Maps a WebSocket close code with `reconnect: false` to why access is denied. */
export function deniedReasonOf(code: number): DeniedReason {
  if (code === 4401) return 'unauthorized';
  if (code === 4403) return 'forbidden';
  if (code === 4413) return 'tooLarge';
  return 'other';
}
