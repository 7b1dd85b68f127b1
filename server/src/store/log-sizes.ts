/** Updates and bytes in one document's log. */
export interface LogSize {
  n: number;
  bytes: number;
}

/**
 * What a store knows of its documents' log sizes, kept as counters so that deciding whether to
 * compact costs nothing per append. Counting the log in SQL after every commit (`count(*)`,
 * `sum(length(data))`) read every row of the document's log, up to the compaction threshold, on
 * every edit: at C=100 that was a large part of the store thread's CPU next to the commit itself.
 *
 * The counts are a hint, never a durability matter: another store on the same file may append or
 * compact behind our back, so a count may be off until it is read again. A compaction reads the
 * log itself and checks the policy on what it read; after it, the count is forgotten and read
 * afresh on the next append.
 */
export class LogSizes {
  private readonly sizes = new Map<string, LogSize>();

  /**
   * @param read The exact size, from the store (after the append being counted was committed).
   * @param maxDocs How many documents to remember; past it all counts are forgotten and read again.
   */
  constructor(
    private readonly read: (docId: string) => LogSize,
    private readonly maxDocs = 10_000,
  ) {}

  /** Counts `n` updates of `bytes` just committed to `docId`'s log; returns its size now. */
  added(docId: string, n: number, bytes: number): LogSize {
    const known = this.sizes.get(docId);
    if (known) {
      known.n += n;
      known.bytes += bytes;
      return known;
    }
    // Unknown: the read already includes what was just committed.
    if (this.sizes.size >= this.maxDocs) this.sizes.clear();
    const size = { ...this.read(docId) };
    this.sizes.set(docId, size);
    return size;
  }

  /** The log of `docId` changed in a way not counted (compacted, erased): read it again next time. */
  forget(docId: string): void {
    this.sizes.delete(docId);
  }
}
