import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import type { Logger } from '../log.js';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import type { DocStore } from '../store/doc-store.js';
import type { Rooms } from '../sync/rooms.js';

/** What {@link startTrashSweeper} purges with. */
export interface TrashSweeperDeps {
  programmes: ProgrammeStore;
  docs: DocStore;
  rooms: Rooms;
  log: Logger;
}

/**
 * Purges boards that have been in the trash longer than `retentionMs`, every `everyMs`: the room is
 * closed, the document (with its versions) deleted, then the record, so that a purge that fails
 * half-way leaves a record to retry from rather than a document nobody can reach. With several
 * nodes each sweeps; purging the same board twice is harmless. Returns a stop function.
 */
export function startTrashSweeper(
  deps: TrashSweeperDeps,
  options: { retentionMs: number; everyMs: number },
): () => void {
  let sweeping = false;
  const sweep = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      const before = new Date(Date.now() - options.retentionMs).toISOString();
      for (const board of await deps.programmes.listTrashedBefore(before)) {
        await deps.rooms.evict(board.docId, CloseCode.forbidden);
        await deps.docs.delete(board.docId);
        await deps.programmes.purgeBoard(board.programmeId, board.id);
        deps.log.info({ programmeId: board.programmeId, boardId: board.id }, 'board purged from the trash');
      }
    } catch (error) {
      deps.log.warn({ err: error }, 'trash sweep failed; retrying on the next one');
    } finally {
      sweeping = false;
    }
  };
  const timer = setInterval(() => void sweep(), options.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
