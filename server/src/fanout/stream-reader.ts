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
/** A blocking read unanswered this long after its block ended is on a dead or wedged connection. */
const STALL_MS = 5_000;
/** Failing this long without a successful round, the reader drops its connection for a new one. */
const RESET_AFTER_MS = 3_000;
/** How long opening waits for the first connection (joining never waits: it reads through the store). */
const CONNECT_WAIT_MS = 2_000;
/** How long `stop` waits for a round in flight to end. */
const STOP_WAIT_MS = 1_000;

class StalledRead extends Error {
  constructor(ms: number) {
    super(`no answer from Redis within ${ms} ms`);
  }
}
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
 *
 * The reader owns its connection and replaces it rather than trusting it to recover: a blocking read
 * left unanswered (a half-open TCP connection after a failover or a network cut) or a connection
 * still failing seconds after the others recovered (seen after Redis restarts: the client stayed
 * open and never became ready again) is destroyed and a fresh one opened. Nothing is lost by it:
 * the positions are kept here and the streams are in Redis.
 *
 * While its own connection is down, the reader reads through the store's connection instead (plain
 * XRANGE from each position, no blocking): after a Redis restart the two connections come back at
 * different moments (each client backs off on its own; 0.2–0.7 s apart in the chaos suite), and in
 * that gap the node already stores and confirms its own clients' edits, so the other node's edits
 * must reach it too. Positions only move forward, so a late answer of an abandoned round and a
 * catch-up through the store never move a document back or skip what one of them read.
 */
export class StreamReader {
  private readonly readers = new Map<string, Reader>();
  private running = false;
  private stopped = false;
  private loop: Promise<void> | null = null;
  private checkedAt = 0;
  /** The connection in use (commands fail at once while it is not ready); null until first needed. */
  private raw: RedisClient | null = null;
  private client: RedisClient | null = null;
  /** Settles once the connection being opened is ready (or gave up). */
  private connecting: Promise<void> = Promise.resolve();
  /** Whether the reader's connections go to a Redis Cluster (set when the first one is made). */
  private cluster = false;
  /** Ends the pause between failing rounds early (when stopping). */
  private wake: () => void = () => undefined;

  constructor(
    /** Makes a new, unconnected client for the reader's own connection (e.g. `main.duplicate()`). */
    private readonly makeClient: () => RedisClient,
    private readonly store: RedisDocStore,
    private readonly keys: RedisKeys,
    private readonly log: Logger,
  ) {}

  /** The reader's connection, opened in the background on first use or after a reset. */
  private connection(): RedisClient {
    if (this.stopped) throw new Error('fan-out reader stopped');
    if (this.client) return this.client;
    const raw = this.makeClient();
    raw.on('error', () => undefined); // reported by the loop itself
    // Retried by the client itself; the loop replaces it if it never gets there.
    this.connecting = raw.connect().then(
      () => undefined,
      () => undefined,
    );
    this.raw = raw;
    this.cluster = isCluster(raw);
    this.client = raw.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }) as unknown as RedisClient;
    return this.client;
  }

  /** The connection once ready, waiting a little for one being opened (commands fail fast otherwise). */
  private async readyConnection(): Promise<RedisClient> {
    const client = this.connection();
    if (!this.raw?.isReady) {
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise((resolve) => {
        timer = setTimeout(resolve, CONNECT_WAIT_MS);
      });
      await Promise.race([this.connecting, waited]);
      clearTimeout(timer);
    }
    return client;
  }

  /** Opens the reader's connection now (so the first document to join does not wait for it). */
  async open(): Promise<void> {
    await this.readyConnection();
  }

  /** Drops the connection; the next command opens a new one. */
  private resetConnection(): void {
    const raw = this.raw;
    this.raw = null;
    this.client = null;
    if (raw?.isOpen) raw.destroy();
  }

  /**
   * Starts reading a document from the current end of its stream. Read through the store's
   * connection: a room can load (from the store) while the reader's own connection is still down.
   */
  async add(docId: string, deliver: (updates: Uint8Array[]) => void): Promise<void> {
    // On the store's connection: the reader's own may be inside a blocking read (up to BLOCK_MS).
    this.readers.set(docId, { position: await this.store.streamPosition(docId), deliver });
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
    /** Since when every round failed (0: the last round succeeded). */
    let failingSince = 0;
    while (!this.stopped && this.readers.size > 0) {
      try {
        // Bounded like the blocking read: a round waiting forever on an answer would stop the relay
        // without a word. (An abandoned round may still deliver later: a repeat, which Yjs ignores.)
        if (failingSince || Date.now() - this.checkedAt > GAP_CHECK_MS)
          await this.withinDeadline(this.checkIdleGaps(), STALL_MS);
        await this.readOnce();
        if (failingSince)
          this.log.info({ documents: this.readers.size }, 'fan-out reader caught up after an interruption');
        failingSince = 0;
      } catch (error) {
        if (this.stopped) break;
        if (!failingSince) {
          this.log.warn({ err: (error as Error).message }, 'fan-out reader interrupted; retrying');
          failingSince = Date.now();
        }
        if (error instanceof StalledRead || Date.now() - failingSince > RESET_AFTER_MS) {
          this.log.info({ err: (error as Error).message }, 'fan-out reader opening a new connection');
          this.resetConnection();
          failingSince = Date.now();
        }
        // The store's connection may be back before ours: what was stored meanwhile goes on arriving.
        await this.catchUpThroughStore().catch(() => undefined);
        await this.pause(RETRY_MS);
      }
    }
    this.running = false;
  }

  /** Waits `ms`, or less when the reader stops. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Reads every document from its position through the store's connection (no blocking read). */
  private async catchUpThroughStore(): Promise<void> {
    for (const docId of [...this.readers.keys()]) {
      if (this.stopped) return;
      await this.withinDeadline(this.catchUp(docId), STALL_MS);
    }
  }

  private async readOnce(): Promise<void> {
    const streams = [...this.readers].map(([docId, reader]) => ({
      key: this.keys.docLog(docId),
      id: reader.position,
    }));
    const client = this.connection();
    const read: Promise<unknown> = this.cluster
      ? this.pollEach(client, streams)
      : client.xRead(streams, { BLOCK: BLOCK_MS, COUNT: 1 });
    const woken = await this.withinDeadline(read, BLOCK_MS + STALL_MS);
    if (!woken) return;
    for (const stream of woken as Array<{ name: unknown }>) {
      const docId = /\{(.+)\}:log$/.exec(String(stream.name))?.[1];
      if (docId) await this.withinDeadline(this.catchUp(docId), STALL_MS);
    }
  }

  /**
   * A Redis Cluster refuses one XREAD over streams of several slots, and a blocking read per stream
   * would queue behind each other on the one connection per cluster node: read each stream without
   * blocking (pipelined), and pause briefly when nothing is new. Costs one read per open document
   * per round on the cluster (see the README's Scale out).
   */
  private async pollEach(
    client: RedisClient,
    streams: Array<{ key: string; id: string }>,
  ): Promise<Array<{ name: unknown }>> {
    const replies = await Promise.all(streams.map((stream) => client.xRead([stream], { COUNT: 1 })));
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
    // Another round may have read (and delivered) some of these meanwhile: only what lies beyond.
    const fresh = entries.filter((entry) => compareStreamIds(entry.id, reader.position) > 0);
    const last = fresh.at(-1);
    if (!last) return;
    reader.position = last.id;
    reader.deliver(fresh.map((entry) => entry.update));
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

  /** `work`, or a StalledRead once `ms` pass without its answer. */
  private async withinDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StalledRead(ms)), ms);
    });
    work.catch(() => undefined); // once stalled, its late failure (the reset) is of no interest
    try {
      return await Promise.race([work, stalled]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async reload(docId: string, reader: Reader): Promise<void> {
    const { updates, position } = await this.store.loadWithPosition(docId);
    this.log.info({ docId }, 'fan-out reader fell behind a compaction; reloaded the document');
    // The whole document covers everything up to `position`; never move back behind a later read.
    if (compareStreamIds(position, reader.position) > 0) reader.position = position;
    reader.deliver(updates);
  }

  /**
   * Stops reading and drops the connection. Not QUIT: while Redis is down (or the network stalls)
   * QUIT waits in the client's queue until Redis answers, so stopping hung; the connection only
   * carries reads, so nothing is lost by closing it at once.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    this.resetConnection();
    // A round in flight ends at its next step (the connection is gone); do not wait out its deadline.
    await this.withinDeadline(this.loop ?? Promise.resolve(), STOP_WAIT_MS).catch(() => undefined);
  }
}
