import * as Y from 'yjs';
import type { Connection } from './connection.js';
import { isEmptyUpdate } from './protocol.js';
import type { LocalDelivery } from './room-relay.js';

/** What `applyInRuns` needs of a stored entry. */
export interface StoredEntry {
  update: Uint8Array;
  from: Connection<object> | null;
  /** Connections up to this id were sent the update at once, before it was stored. */
  relayedUpTo?: number;
}

/**
 * Applies a stored batch to `doc`, one transaction per run of updates from the same origin: a burst
 * from one client costs one transaction and goes out to the others as one message, not one per edit.
 * An update that does not apply is reported and skipped; the rest of the run still applies.
 */
export function applyInRuns(
  doc: Y.Doc,
  batch: readonly StoredEntry[],
  delivery: LocalDelivery,
  onError: (error: unknown) => void,
): void {
  let start = 0;
  while (start < batch.length) {
    const origin = batch[start]!.from;
    let end = start;
    while (end < batch.length && batch[end]!.from === origin) end += 1;
    const run = batch.slice(start, end);
    const sentUpTo = Math.min(...run.flatMap((entry) => entry.relayedUpTo ?? []));
    delivery.applying(sentUpTo, () =>
      doc.transact(() => {
        for (const entry of run) {
          // Empty updates (a client's answer with nothing new) were not relayed and change nothing.
          if (isEmptyUpdate(entry.update)) continue;
          try {
            Y.applyUpdate(doc, entry.update, origin);
          } catch (error) {
            onError(error);
          }
        }
      }, origin),
    );
    start = end;
  }
}
