import type { ProgrammeId } from '@mentoring/shared/schema/ids';
import type { ProgrammeSnapshot, ProgrammeStore } from './programme-store.js';

/** The store under the cache: any programme store that can read one programme whole. */
export interface SnapshotSource extends ProgrammeStore {
  loadSnapshot(id: ProgrammeId): Promise<ProgrammeSnapshot>;
}

/** Tuning of {@link createCachedProgrammeStore}; the defaults suit one server process. */
export interface ProgrammeCacheOptions {
  /** A snapshot younger than this is answered without asking the store. */
  freshMs?: number;
  /** An older one is re-read; if the store has not answered after this long, the old one is answered. */
  staleAfterMs?: number;
  /** Programmes kept (least recently read dropped first). */
  maxProgrammes?: number;
}

interface Entry {
  value?: ProgrammeSnapshot;
  at: number;
  refreshing?: Promise<ProgrammeSnapshot>;
}

/**
 * Reads of programmes (token checks, board lists) answered from memory, so that they go on while
 * the store is stuck: SQLite on a frozen disk blocks even a read (its first touch of the
 * shared-memory index faults on the frozen file), so a read-only connection would not do.
 *
 * Consistency: every write through this store drops the programme's snapshot once the write has
 * settled, and the next read waits for the store (never an older snapshot): this process reads its
 * own writes. A snapshot older than `freshMs` is re-read; only when the store does not answer within
 * `staleAfterMs` is the older snapshot served (bounded staleness, for changes this process did not
 * make, e.g. another process on the same file). A programme never read before waits for the store.
 */
export function createCachedProgrammeStore(
  inner: SnapshotSource,
  options: ProgrammeCacheOptions = {},
): ProgrammeStore {
  const { freshMs = 2_000, staleAfterMs = 250, maxProgrammes = 2_000 } = options;
  const entries = new Map<string, Entry>();

  const refresh = (id: ProgrammeId, entry: Entry) => {
    entry.refreshing ??= inner.loadSnapshot(id).then(
      (value) => {
        entry.refreshing = undefined;
        Object.assign(entry, { value, at: Date.now() });
        return value;
      },
      (error: unknown) => {
        entry.refreshing = undefined;
        throw error;
      },
    );
    return entry.refreshing;
  };
  const snapshot = (id: ProgrammeId): Promise<ProgrammeSnapshot> => {
    let entry = entries.get(id);
    entries.delete(id);
    if (!entry) entry = { at: 0 };
    entries.set(id, entry); // most recently read last
    if (entries.size > maxProgrammes) entries.delete(entries.keys().next().value as string);
    const { value } = entry;
    if (value && Date.now() - entry.at < freshMs) return Promise.resolve(value);
    const fresh = refresh(id, entry);
    if (!value) return fresh;
    let timer: NodeJS.Timeout | undefined;
    const stale = new Promise<ProgrammeSnapshot>((resolve) => {
      timer = setTimeout(() => resolve(value), staleAfterMs);
    });
    return Promise.race([fresh, stale]).finally(() => clearTimeout(timer));
  };
  // After a write (done or failed), the next read of the programme goes to the store.
  const writing = async <T>(id: ProgrammeId, write: Promise<T>): Promise<T> => {
    try {
      return await write;
    } finally {
      entries.delete(id);
    }
  };

  return {
    createProgramme: (programme) => writing(programme.id, inner.createProgramme(programme)),
    getProgramme: async (id) => (await snapshot(id)).programme,
    markDeleting: (id, at) => writing(id, inner.markDeleting(id, at)),
    deleteProgramme: (id) => writing(id, inner.deleteProgramme(id)),
    addBoard: (board) => writing(board.programmeId, inner.addBoard(board)),
    renameBoard: (programmeId, boardId, title) =>
      writing(programmeId, inner.renameBoard(programmeId, boardId, title)),
    trashBoard: (programmeId, boardId, at) =>
      writing(programmeId, inner.trashBoard(programmeId, boardId, at)),
    listTrashedBefore: (before) => inner.listTrashedBefore(before),
    purgeBoard: (programmeId, boardId) => writing(programmeId, inner.purgeBoard(programmeId, boardId)),
    // Codes are read by code, not by programme: always from the store (a revoked code must not linger).
    addJoinCode: (joinCode) => writing(joinCode.programmeId, inner.addJoinCode(joinCode)),
    findJoinCode: (code) => inner.findJoinCode(code),
    listJoinCodes: (programmeId) => inner.listJoinCodes(programmeId),
    revokeJoinCode: (programmeId, code, at) =>
      writing(programmeId, inner.revokeJoinCode(programmeId, code, at)),
    listBoards: async (programmeId) => [...(await snapshot(programmeId)).boards],
    findBoardByDoc: async (programmeId, docId) =>
      (await snapshot(programmeId)).boards.find((board) => board.docId === docId) ?? null,
    addMember: (member) => writing(member.programmeId, inner.addMember(member)),
    listMembers: async (programmeId) => [...(await snapshot(programmeId)).members],
    addInvite: (invite) => writing(invite.programmeId, inner.addInvite(invite)),
    listInvites: async (programmeId) => [...(await snapshot(programmeId)).invites],
    revokeInvite: (programmeId, inviteId, at) =>
      writing(programmeId, inner.revokeInvite(programmeId, inviteId, at)),
    async getGrant(programmeId, inviteId, memberId) {
      const { programme, invites, members } = await snapshot(programmeId);
      return {
        programme,
        invite: invites.find((invite) => invite.id === inviteId) ?? null,
        member: memberId ? (members.find((member) => member.id === memberId) ?? null) : null,
      };
    },
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
}
