import type { Board } from '@mentoring/shared/schema/board';
import type { BoardId, DocId, InviteId, MemberId, ProgrammeId } from '@mentoring/shared/schema/ids';
import type { Invite } from '@mentoring/shared/schema/invite';
import type { JoinCode } from '@mentoring/shared/schema/join-code';
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
  /** Moves a board to the trash (`at`) or back out of it (null); null when there is no such board. */
  trashBoard(programmeId: ProgrammeId, boardId: BoardId, at: string | null): Promise<Board | null>;
  /** Boards of every programme that went to the trash before `before`, for purging. */
  listTrashedBefore(before: string): Promise<Board[]>;
  /** Removes a board record for good (its document is the caller's to delete). False if absent. */
  purgeBoard(programmeId: ProgrammeId, boardId: BoardId): Promise<boolean>;
  /** The board of this programme whose document is `docId`, or null (also for other programmes' docs). */
  findBoardByDoc(programmeId: ProgrammeId, docId: DocId): Promise<Board | null>;

  addMember(member: Member): Promise<boolean>;
  listMembers(programmeId: ProgrammeId): Promise<Member[]>;

  addInvite(invite: Invite): Promise<boolean>;
  listInvites(programmeId: ProgrammeId): Promise<Invite[]>;
  /** Sets `revokedAt` (kept if already revoked); null when there is no such invite. */
  revokeInvite(programmeId: ProgrammeId, inviteId: InviteId, at: string): Promise<Invite | null>;

  /** Stores a short join code (its code must be new, its programme present). */
  addJoinCode(joinCode: JoinCode): Promise<boolean>;
  /** The code's record, whatever its programme (codes are global); null when unknown. */
  findJoinCode(code: string): Promise<JoinCode | null>;
  listJoinCodes(programmeId: ProgrammeId): Promise<JoinCode[]>;
  /** Sets `revokedAt` (kept if already revoked); null when the programme has no such code. */
  revokeJoinCode(programmeId: ProgrammeId, code: string, at: string): Promise<JoinCode | null>;

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
