/**
 * One attempt at compacting a document: true when settled (done, or nothing to do), false when
 * another compactor committed first and the document should be looked at again.
 */
export type CompactOnce = (docId: string) => Promise<boolean>;

export interface CompactionRunner {
  /** Compacts `docId` soon; a request while it runs makes it run again after. */
  schedule(docId: string): void;
  /** Waits for compactions under way; schedules nothing more. */
  close(): Promise<void>;
}

const MAX_ATTEMPTS = 5;

/** Runs compactions in the background, at most one per document at a time. */
export function createCompactionRunner(
  compactOnce: CompactOnce,
  onError: (err: unknown, docId: string) => void,
): CompactionRunner {
  const compacting = new Map<string, { again: boolean }>();
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

  return {
    schedule(docId) {
      if (closed) return;
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
    },
    async close() {
      closed = true;
      await Promise.allSettled([...running]);
    },
  };
}
