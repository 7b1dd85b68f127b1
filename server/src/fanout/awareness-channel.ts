import { randomBytes } from 'node:crypto';
import type { Logger } from '../log.js';
import type { RedisClient } from '../redis/client.js';
import type { RedisKeys } from '../redis/keys.js';
import { awarenessClientIds } from '../sync/protocol.js';

const NODE_ID_BYTES = 8;
const HEARTBEAT_MS = 2_000;
/** A node silent this long is taken for dead and its clients' cursors removed. */
const NODE_TIMEOUT_MS = 8_000;
const KIND_UPDATE = 0;
const KIND_QUERY = 1;

export interface AwarenessHandlers {
  onAwareness(update: Uint8Array): void;
  onAwarenessGone(clientIds: number[]): void;
  localAwareness(): Uint8Array | null;
}

interface DocEntry {
  handlers: AwarenessHandlers;
  /** Awareness client id → node id it came from. */
  owners: Map<number, string>;
}

/**
 * Awareness between nodes over Redis pub/sub, one channel per document. Messages are
 * [node id][kind][payload]; a node ignores its own. Awareness is not durable, so pub/sub suits it:
 * a lost message is repaired by the clients' own renewal every 15 s. Nodes send heartbeats; when one
 * stops, the others remove its clients' states well within 30 s.
 */
export class AwarenessChannel {
  readonly nodeId = randomBytes(NODE_ID_BYTES);
  private readonly nodeKey = this.nodeId.toString('hex');
  private readonly docs = new Map<string, DocEntry>();
  private readonly lastHeard = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly publisher: RedisClient,
    private readonly subscriber: RedisClient,
    private readonly keys: RedisKeys,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    await this.subscriber.subscribe(this.keys.nodesChannel(), (message) => this.heard(message), true);
    this.timer = setInterval(() => this.tick(), HEARTBEAT_MS);
    this.timer.unref();
  }

  async join(docId: string, handlers: AwarenessHandlers): Promise<void> {
    this.docs.set(docId, { handlers, owners: new Map() });
    await this.subscriber.subscribe(
      this.keys.awarenessChannel(docId),
      (message: Buffer) => this.receive(docId, message),
      true,
    );
    // Ask the other nodes for the cursors of their clients, so a newly loaded room shows them at once.
    await this.send(docId, KIND_QUERY, new Uint8Array()).catch(() => undefined);
  }

  async leave(docId: string): Promise<void> {
    this.docs.delete(docId);
    if (this.subscriber.isOpen)
      await this.subscriber.unsubscribe(this.keys.awarenessChannel(docId)).catch(() => undefined);
  }

  publish(docId: string, update: Uint8Array): void {
    this.send(docId, KIND_UPDATE, update).catch((error: Error) =>
      this.log.debug({ docId, err: error.message }, 'awareness publish failed'),
    );
  }

  private send(docId: string, kind: number, payload: Uint8Array): Promise<number> {
    const message = Buffer.concat([this.nodeId, Buffer.of(kind), payload]);
    return this.publisher.publish(this.keys.awarenessChannel(docId), message);
  }

  private receive(docId: string, message: Buffer): void {
    const entry = this.docs.get(docId);
    if (!entry || message.length < NODE_ID_BYTES + 1) return;
    const from = message.subarray(0, NODE_ID_BYTES).toString('hex');
    if (from === this.nodeKey) return;
    this.lastHeard.set(from, Date.now());
    const kind = message[NODE_ID_BYTES];
    const payload = new Uint8Array(message.subarray(NODE_ID_BYTES + 1));
    try {
      if (kind === KIND_QUERY) {
        const local = entry.handlers.localAwareness();
        if (local) this.publish(docId, local);
        return;
      }
      for (const id of awarenessClientIds(payload)) entry.owners.set(id, from);
      entry.handlers.onAwareness(payload);
    } catch (error) {
      this.log.warn(
        { docId, err: (error as Error).message },
        'ignored a malformed awareness message from another node',
      );
    }
  }

  private heard(message: Buffer): void {
    const from = message.toString('hex');
    if (from !== this.nodeKey) this.lastHeard.set(from, Date.now());
  }

  private tick(): void {
    this.publisher.publish(this.keys.nodesChannel(), this.nodeId).catch(() => undefined);
    const now = Date.now();
    for (const [node, at] of this.lastHeard) {
      if (now - at < NODE_TIMEOUT_MS) continue;
      this.lastHeard.delete(node);
      this.log.info({ node }, 'a server node went silent; removing its cursors');
      for (const entry of this.docs.values()) {
        const gone = [...entry.owners].filter(([, owner]) => owner === node).map(([id]) => id);
        for (const id of gone) entry.owners.delete(id);
        if (gone.length > 0) entry.handlers.onAwarenessGone(gone);
      }
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.docs.clear();
  }
}
