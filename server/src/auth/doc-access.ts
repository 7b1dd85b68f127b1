import type { BoardKind } from '@mentoring/shared/schema/board';
import type { Role } from '@mentoring/shared/schema/roles';

/** What a valid token grants on one document. */
export interface DocAccess {
  /** Asked for every edit: roles and board locks can change while connected. */
  readOnly(): boolean;
  /** May edit boards a facilitator locked. */
  bypassLock?: boolean;
  /** Who this is, for logs (never the token). */
  label: string;
  /** The member's role and the board's kind, for the per-kind edit rights (`editableBy`). */
  role?: Role;
  kind?: BoardKind;
  /** The programme the document belongs to (the journey summary follows its boards' edits). */
  programmeId?: string;
  /** Calls back when the grant ends (invite revoked, token expired); returns an unsubscribe. */
  watch?(onEnded: (reason: 'revoked' | 'expired') => void): () => void;
  /**
   * Called once when the connection's TCP socket closes, whether or not the upgrade completed, so a
   * grant can hold a slot (e.g. of a per-programme connection limit) from authorisation on.
   */
  release?(): void;
}

/** Decides at WebSocket upgrade whether `token` may open `docId`. Throws AppError when not. */
export type AuthorizeDoc = (request: { docId: string; token: string | null }) => Promise<DocAccess>;

/** Until programmes and tokens exist: everyone may edit every document. */
export const allowAll: AuthorizeDoc = async () => ({ readOnly: () => false, label: 'anonymous' });
