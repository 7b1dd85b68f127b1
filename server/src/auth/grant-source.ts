import type { BoardKind } from '@mentoring/shared/schema/board';
import type { BoardId, DocId, InviteId, MemberId, ProgrammeId } from '@mentoring/shared/schema/ids';
import type { Invite } from '@mentoring/shared/schema/invite';
import type { Member } from '@mentoring/shared/schema/member';
import type { Programme } from '@mentoring/shared/schema/programme';

/** What every token check reads at once: the programme, the invite and (for sessions) the member. */
export interface Grant {
  programme: Programme | null;
  invite: Invite | null;
  member: Member | null;
}

/** The board a document belongs to, as the upgrade check reads it. */
export type BoardRef = { id: BoardId; kind: BoardKind; deletedAt?: string };

/** A grant read together with the board of one document (null: no such board in the programme). */
export interface DocGrant extends Grant {
  board: BoardRef | null;
}

/**
 * What the token checks read from where programmes live. Declared here, on auth's side, so that
 * auth/ depends on no store: the programme store (programmes/programme-store.ts) provides it.
 */
export interface GrantSource {
  /** The programme, invite and member a token names, read together. */
  getGrant(programmeId: ProgrammeId, inviteId: InviteId, memberId: MemberId | null): Promise<Grant>;
  /** The board of the programme whose document is `docId`, or null. */
  findBoardByDoc(programmeId: ProgrammeId, docId: DocId): Promise<BoardRef | null>;
  /**
   * Optional: `getGrant` and `findBoardByDoc` in one read, for a store where each read is a round
   * trip (Redis: one script instead of a MULTI and two HGETs for every WebSocket that connects).
   */
  getDocGrant?(
    programmeId: ProgrammeId,
    inviteId: InviteId,
    memberId: MemberId,
    docId: DocId,
  ): Promise<DocGrant>;
}
