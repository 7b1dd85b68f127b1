import type * as Y from 'yjs';
import { encodeSyncStep2, isEmptyStateVector } from './protocol.js';

/** How long the encoded full state is kept for the next fresh client (when nothing changed). */
const FULL_STATE_KEEP_MS = 10_000;

/**
 * Answers clients' sync step 1. Encoding a big document's full state is the costly part of a join,
 * so the answer for a client holding nothing is reused across a join burst until the doc changes.
 */
export class SyncAnswers {
  /** The sync step 2 for a client holding nothing yet, kept while the document does not change. */
  private fullState: Uint8Array | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly doc: Y.Doc) {}

  /**
   * The step 2 for a client's `stateVector`. `pushedVector`: what the client was sent at load before
   * it asked (see RoomLoader.takePushedVector), so only what came since is due.
   */
  step2(stateVector: Uint8Array, pushedVector: Uint8Array | null): Uint8Array {
    if (pushedVector && isEmptyStateVector(stateVector)) return encodeSyncStep2(this.doc, pushedVector);
    if (!isEmptyStateVector(stateVector)) return encodeSyncStep2(this.doc, stateVector);
    if (!this.fullState) {
      this.fullState = encodeSyncStep2(this.doc, stateVector);
      this.timer = setTimeout(() => this.forget(), FULL_STATE_KEEP_MS);
      this.timer.unref();
    }
    return this.fullState;
  }

  /** Drops the kept answer (the document changed, or the room unloads). */
  forget(): void {
    this.fullState = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
