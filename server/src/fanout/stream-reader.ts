import { RESP_TYPES } from 'redis';
import type { Logger } from '../log.js';
import { isCluster, type RedisClient } from '../redis/client.js';
import type { RedisKeys } from '../redis/keys.js';
import { compareStreamIds, type RedisDocStore } from '../store/redis-doc-store.js';

/** How long one XREAD blocks; also the longest a newly joined document waits to be read. */
const BLOCK_MS = 200;
const RETRY_MS = 250;
/** How often idle documents are checked for entries compacted before this node read them. */
const GAP_CHECK_MS = 1_000;
/** On a Redis Cluster: the pause between two rounds of non-blocking reads that found nothing. */
const CLUSTER_POLL_MS = 25;

interface Reader {
  /** Stream position read up to (inclusive). */
  position: string;
  deliver(updates: Uint8Array[]): void;
}

/**
 * Reads the update streams the RedisDocStore writes, for every document open on this node.
 * A blocking XREAD on a connection of its own only wakes the loop; entries are then read together
 * with the document's trim mark in one script, so an entry compacted away before this node read it
 * is always noticed (the document is then reloaded from the store). Convergence does not depend on
 * pub/sub: after an interruption the reader carries on from its stream positions.
 */
export class StreamReader {
  private readonly readers = new Map<string, Reader>();
  private running = false;
  private stopped = false;
  private loop: Promise<void> | null = null;
  private checkedAt = 0;
  private readonly client: RedisClient;
  private readonly cluster: boolean;

  constructor(
    client: RedisClient,
    private readonly store: RedisDocStore,
    private readonly keys: RedisKeys,
    private readonly log: Logger,
  ) {
    this.cluster = isCluster(client);
    this.client = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }) as unknown as RedisClient;
  }

  /** Starts reading a document from the current end of its stream. */
  async add(docId: string, deliver: (updates: Uint8Array[]) => void): Promise<void> {
    const last = await this.client.xRevRange(this.keys.docLog(docId), '+', '-', { COUNT: 1 });
    const tail = last[0]?.id.toString() ?? '0-0';
    const [trimmed = '0-0'] = await this.store.trimmedToMany([docId]);
    this.readers.set(docId, { position: compareStreamIds(tail, trimmed) >= 0 ? tail : trimmed, deliver });
    this.start();
  }

  remove(docId: string): void {
    this.readers.delete(docId);
  }

  private start(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    let failed = false;
    while (!this.stopped && this.readers.size > 0) {
      try {
        if (failed || Date.now() - this.checkedAt > GAP_CHECK_MS) await this.checkIdleGaps();
        if (failed)
          this.log.info({ documents: this.readers.size }, 'fan-out reader caught up after an interruption');
        failed = false;
        await this.readOnce();
      } catch (error) {
        if (!failed) this.log.warn({ err: (error as Error).message }, 'fan-out reader interrupted; retrying');
        failed = true;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
    this.running = false;
  }

  private async readOnce(): Promise<void> {
    const streams = [...this.readers].map(([docId, reader]) => ({
      key: this.keys.docLog(docId),
      id: reader.position,
    }));
    const woken = this.cluster
      ? await this.pollEach(streams)
      : await this.client.xRead(streams, { BLOCK: BLOCK_MS, COUNT: 1 });
    if (!woken) return;
    for (const stream of woken as Array<{ name: unknown }>) {
      const docId = /\{(.+)\}:log$/.exec(String(stream.name))?.[1];
      if (docId) await this.catchUp(docId);
    }
  }

  /**
   * A Redis Cluster refuses one XREAD over streams of several slots, and a blocking read per stream
   * would queue behind each other on the one connection per cluster node: read each stream without
   * blocking (pipelined), and pause briefly when nothing is new. Costs one read per open document
   * per round on the cluster (see the README's Scale out).
   */
  private async pollEach(streams: Array<{ key: string; id: string }>): Promise<Array<{ name: unknown }>> {
    const replies = await Promise.all(streams.map((stream) => this.client.xRead([stream], { COUNT: 1 })));
    const woken = replies.flatMap((reply) => (reply ? (reply as Array<{ name: unknown }>) : []));
    if (woken.length === 0) await new Promise((resolve) => setTimeout(resolve, CLUSTER_POLL_MS));
    return woken;
  }

  private async catchUp(docId: string): Promise<void> {
    const reader = this.readers.get(docId);
    if (!reader) return;
    const { entries, gap } = await this.store.readLogAfter(docId, reader.position);
    if (gap) {
      await this.reload(docId, reader);
      return;
    }
    const last = entries.at(-1);
    if (!last) return;
    reader.position = last.id;
    reader.deliver(entries.map((entry) => entry.update));
  }

  /** Documents with nothing new may still have lost unread entries to a compaction. */
  private async checkIdleGaps(): Promise<void> {
    this.checkedAt = Date.now();
    const docIds = [...this.readers.keys()];
    const marks = await this.store.trimmedToMany(docIds);
    for (const [i, docId] of docIds.entries()) {
      const reader = this.readers.get(docId);
      if (reader && compareStreamIds(marks[i] ?? '0-0', reader.position) > 0)
        await this.reload(docId, reader);
    }
  }

  private async reload(docId: string, reader: Reader): Promise<void> {
    const { updates, position } = await this.store.loadWithPosition(docId);
    this.log.info({ docId }, 'fan-out reader fell behind a compaction; reloaded the document');
    reader.position = position;
    reader.deliver(updates);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
    if (this.client.isOpen) await this.client.quit().catch(() => undefined);
  }
}
