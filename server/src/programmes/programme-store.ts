import type { Board } from '@mentoring/shared/schema/board';
import type { BoardId, DocId, InviteId, MemberId, ProgrammeId } from '@mentoring/shared/schema/ids';
import type { Invite } from '@mentoring/shared/schema/invite';
import type { Member } from '@mentoring/shared/schema/member';
import type { Programme } from '@mentoring/shared/schema/programme';
import type { Grant, GrantSource } from '../auth/grant-source.js';

/**
 * Where programmes and who may use them live: programmes, their boards, members and invites. Board
 * content is not here: it is in the {@link DocStore}, under each board's `docId`.
 *
 * Every adapter (SQLite, Redis) passes the same contract suite (`programme-store-contract.ts`) and
 * validates records with zod as they load. Writes that belong to a programme report `false` (and
 * write nothing) once the programme is gone, so a write racing an erasure cannot leave a trace.
 */
export interface ProgrammeStore extends GrantSource {
  /** Stores a new programme (its id must be new). */
  createProgramme(programme: Programme): Promise<void>;
  getProgramme(id: ProgrammeId): Promise<Programme | null>;
  /** Sets `deletingAt`: from then on every token of the programme is refused. False if absent. */
  markDeleting(id: ProgrammeId, at: string): Promise<boolean>;
  /** Removes the programme and every board, member and invite record of it (GDPR erasure). */
  deleteProgramme(id: ProgrammeId): Promise<void>;

  addBoard(board: Board): Promise<boolean>;
  renameBoard(programmeId: ProgrammeId, boardId: BoardId, title: string): Promise<Board | null>;
  listBoards(programmeId: ProgrammeId): Promise<Board[]>;
  /** The board of this programme whose document is `docId`, or null (also for other programmes' docs). */
  findBoardByDoc(programmeId: ProgrammeId, docId: DocId): Promise<Board | null>;

  addMember(member: Member): Promise<boolean>;
  listMembers(programmeId: ProgrammeId): Promise<Member[]>;

  addInvite(invite: Invite): Promise<boolean>;
  listInvites(programmeId: ProgrammeId): Promise<Invite[]>;
  /** Sets `revokedAt` (kept if already revoked); null when there is no such invite. */
  revokeInvite(programmeId: ProgrammeId, inviteId: InviteId, at: string): Promise<Invite | null>;

  /** One consistent read of what a token refers to; `member` is null when `memberId` is. */
  getGrant(programmeId: ProgrammeId, inviteId: InviteId, memberId: MemberId | null): Promise<Grant>;

  /** Resolves when the store answers. */
  ping(): Promise<void>;
  /** Releases files (SQLite); leaves a shared Redis client open for its owner. */
  close(): Promise<void>;
}

/** Everything stored of one programme (null programme: there is none), each list in creation order. */
export interface ProgrammeSnapshot {
  readonly programme: Programme | null;
  readonly boards: Board[];
  readonly members: Member[];
  readonly invites: Invite[];
}

/** Sorts records by creation time, then id, so every adapter lists in the same order. */
export function byCreation<T extends { id: string }>(time: (record: T) => string): (a: T, b: T) => number {
  return (a, b) => time(a).localeCompare(time(b)) || a.id.localeCompare(b.id);
}
