/**
 * One attempt at compacting a document: true when settled (done, or nothing to do), false when
 * another compactor committed first and the document should be looked at again.
 */
export type CompactOnce = (docId: string) => Promise<boolean>;

export interface CompactionRunner {
  /**
   * Compacts `docId` once its appends pause for the quiet time, or at once when `urgent` (the log
   * has grown well past the policy while appends never paused). A request while it runs makes it
   * run again after.
   */
  schedule(docId: string, urgent?: boolean): void;
  /** Runs the compactions still waiting for a pause, waits for all; schedules nothing more. */
  close(): Promise<void>;
}

export interface CompactionRunnerOptions {
  /** How long a document's appends must pause before it is compacted (default 250 ms). */
  quietMs?: number;
}

const MAX_ATTEMPTS = 5;
const QUIET_MS = 250;

/**
 * Runs compactions in the background, at most one per document at a time.
 *
 * Why wait for a pause: a compaction reads the whole log (500 rows), and its commit deletes them
 * (zeroed by `secure_delete`) with an fsync of its own; in Redis, the read and the trim run in its
 * single thread. Started in the middle of a burst of edits, every append queued behind it waited,
 * and the burst's slowest confirmations were those (measured in
 * bench/results/2026-12-03-burst-cold-ab.md). Deferring costs nothing in durability: the log keeps
 * every update until a compaction commits.
 */
export function createCompactionRunner(
  compactOnce: CompactOnce,
  onError: (err: unknown, docId: string) => void,
  options: CompactionRunnerOptions = {},
): CompactionRunner {
  const quietMs = options.quietMs ?? QUIET_MS;
  const compacting = new Map<string, { again: boolean }>();
  const waiting = new Map<string, { timer: NodeJS.Timeout; urgent: boolean }>();
  const running = new Set<Promise<void>>();
  let closed = false;

  const run = async (docId: string, own: { again: boolean }) => {
    try {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        own.again = false;
        const settled = await compactOnce(docId);
        if (settled && !own.again) return;
      }
    } catch (err) {
      // The updates are safe in the log; a failed compaction only delays the next one.
      onError(err, docId);
    } finally {
      compacting.delete(docId);
    }
  };

  const start = (docId: string) => {
    const armed = waiting.get(docId);
    if (armed) clearTimeout(armed.timer);
    waiting.delete(docId);
    const state = compacting.get(docId);
    if (state) {
      state.again = true;
      return;
    }
    const own = { again: false };
    compacting.set(docId, own);
    const task = run(docId, own);
    running.add(task);
    void task.finally(() => running.delete(task));
  };

  return {
    schedule(docId, urgent = false) {
      if (closed) return;
      const armed = waiting.get(docId);
      // An urgent start already armed stays armed: re-arming it on every append of a fast burst
      // would push it back for ever.
      if (armed?.urgent) return;
      if (armed) clearTimeout(armed.timer);
      // Each append while over the policy pushes the compaction back, until the appends pause.
      // Even an urgent one starts from a timer: the appends just committed are answered first.
      const timer = setTimeout(() => start(docId), urgent ? 0 : quietMs);
      timer.unref();
      waiting.set(docId, { timer, urgent });
    },
    async close() {
      for (const docId of [...waiting.keys()]) start(docId);
      closed = true;
      await Promise.allSettled([...running]);
    },
  };
}
