import * as Y from 'yjs';

/**
 * In-memory networking for tests: every document queues its local updates for every peer; a test
 * delivers them when (and in the order) it likes, as a real network might.
 */
export interface TestNetwork {
  readonly docs: readonly Y.Doc[];
  /** Delivers every queued update from `from` to `to`, or only the ones `pick` keeps. */
  deliver(from: number, to: number, pick?: (queued: number) => boolean): void;
  /** Delivers everything everywhere (repeated until nothing is queued). */
  flush(): void;
  destroy(): void;
}

const REMOTE = Symbol('remote');

/** `count` fresh documents wired into a {@link TestNetwork}. */
export function testNetwork(count: number): TestNetwork {
  const docs = Array.from({ length: count }, () => new Y.Doc());
  const queues = docs.map(() => docs.map((): Uint8Array[] => []));
  docs.forEach((doc, from) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      queues[from]?.forEach((queue, to) => {
        if (to !== from) queue.push(update);
      });
    });
  });
  const deliver = (from: number, to: number, pick: (queued: number) => boolean = () => true) => {
    const queue = queues[from]?.[to];
    const target = docs[to];
    if (!queue || !target) return;
    const kept: Uint8Array[] = [];
    const sent: Uint8Array[] = [];
    for (const update of queue) (pick(queue.length) ? sent : kept).push(update);
    queue.splice(0, queue.length, ...kept);
    for (const update of sent) Y.applyUpdate(target, update, REMOTE);
  };
  return {
    docs,
    deliver,
    flush() {
      while (queues.some((row) => row.some((queue) => queue.length > 0))) {
        docs.forEach((_, from) => {
          docs.forEach((_, to) => {
            if (from !== to) deliver(from, to);
          });
        });
      }
    },
    destroy() {
      for (const doc of docs) doc.destroy();
    },
  };
}

/** Brings two documents to the same state by exchanging state diffs. */
export function syncPair(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), REMOTE);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), REMOTE);
}
