import * as awarenessProtocol from 'y-protocols/awareness';

/** Cursor traffic is sent at most this often per room (20 per second)... */
export const AWARENESS_BATCH_MS = 50;
/**
 * ...and each recipient gets at most about this many cursor states a second: a window carries about
 * one change per person, so it lasts `people / budget` seconds. Per client the traffic is then the
 * same in a room of 75 people (everyone's cursor at its own 10 Hz) as in one of 300 (each at 2.5 Hz),
 * so the room's traffic grows with the number of people, not faster. (At 1,000 states a second the
 * budget was reached only at 100 people: between 75 and 300 each client's share still grew by a
 * third, a bytes growth exponent of 1.2.)
 */
export const AWARENESS_STATES_PER_SECOND = 750;
const MAX_WINDOW_MS = 1_000;

/** The batching window of a room with `people` awareness states. */
export function awarenessWindowMs(people: number): number {
  const windowMs = Math.round((people * 1_000) / AWARENESS_STATES_PER_SECOND);
  return Math.min(MAX_WINDOW_MS, Math.max(AWARENESS_BATCH_MS, windowMs));
}

type Origin = unknown;
type Flush = (update: Uint8Array, local: boolean) => void;

/**
 * Coalesces awareness changes of a room: a burst of cursor moves from many clients becomes one
 * message per recipient per window (see {@link awarenessWindowMs}).
 * Changes from this node's clients (`local`) are flushed separately from relayed ones, so that only
 * the former go back to the relay.
 */
export class AwarenessBatcher {
  private localIds = new Set<number>();
  private relayedIds = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private readonly onUpdate: (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: Origin,
  ) => void;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly flush: Flush,
    private readonly isRelayed: (origin: Origin) => boolean = (origin) => typeof origin === 'symbol',
  ) {
    this.onUpdate = ({ added, updated, removed }, origin) => {
      const target = this.isRelayed(origin) || origin === 'timeout' ? this.relayedIds : this.localIds;
      for (const id of added) target.add(id);
      for (const id of updated) target.add(id);
      for (const id of removed) target.add(id);
      this.timer ??= setTimeout(() => this.send(), awarenessWindowMs(this.awareness.getStates().size));
    };
    awareness.on('update', this.onUpdate);
  }

  private send(): void {
    this.timer = null;
    const local = [...this.localIds];
    const relayed = [...this.relayedIds].filter((id) => !this.localIds.has(id));
    this.localIds.clear();
    this.relayedIds.clear();
    if (local.length > 0) this.flush(awarenessProtocol.encodeAwarenessUpdate(this.awareness, local), true);
    if (relayed.length > 0)
      this.flush(awarenessProtocol.encodeAwarenessUpdate(this.awareness, relayed), false);
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.awareness.off('update', this.onUpdate);
  }
}
