import type { AnyPeer, ConnectOptions, SyncSocket } from './types.js';

/**
 * One client on one room: its socket, its limits and what it has been told. Its id is given by the
 * room registry (see rooms.ts), which hands ids out in increasing order.
 */
export class Connection<Peer extends object = AnyPeer> {
  /** Sync step 2 and update messages received (what a confirming client counts as sent). */
  received = 0;
  /** Of those, how many are durably stored (or were empty and needed no storing). */
  stored = 0;
  /** Awareness client ids this connection set, removed when it leaves. */
  readonly awarenessIds = new Set<number>();
  closed = false;
  private tokens: number;
  private refilledAt = Date.now();

  constructor(
    readonly id: number,
    readonly socket: SyncSocket,
    readonly options: ConnectOptions<Peer>,
    private readonly maxMessagesPerSecond: number,
  ) {
    this.tokens = maxMessagesPerSecond * 2;
  }

  /** Token bucket: false once the client sends faster than its limit for longer than the burst. */
  takeToken(): boolean {
    const now = Date.now();
    const capacity = this.maxMessagesPerSecond * 2;
    this.tokens = Math.min(
      capacity,
      this.tokens + ((now - this.refilledAt) / 1000) * this.maxMessagesPerSecond,
    );
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  send(data: Uint8Array): void {
    if (this.closed) return;
    this.socket.send(data);
  }

  close(entry: { code: number; reason: string }): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(entry.code, entry.reason);
  }
}
