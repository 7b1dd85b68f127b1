import { RootName } from '@mentoring/shared/doc/fields';
import { isBoardLocked, SESSION_ROOTS } from '@mentoring/shared/doc/session';
import { RefusalReason } from '@mentoring/shared/protocol/confirmations';
import type { BoardKind } from '@mentoring/shared/schema/board';
import type { Role } from '@mentoring/shared/schema/roles';
import { mayEditKind } from '@mentoring/shared/schema/templates/declaration';
import { templateOf } from '@mentoring/shared/schema/templates/registry';
import { DOC_FORMAT_ROOT } from '../format/doc-format.js';
import type { BeforeApply, RoomHooks } from '../sync/hooks.js';
import { touchesProtectedRoots, touchesRootsOutside } from '../sync/protected-roots.js';

/**
 * What the upgrade route says of a board connection's rights (from its token). A type alias, not an
 * interface, so that it fits sync/'s generic peer (see sync/types.ts ConnectOptions).
 */
export type EditorRights = {
  /** Asked for every edit, so that a role change applies at once. */
  readOnly: () => boolean;
  /** May edit a board a facilitator locked (facilitators). */
  bypassLock?: boolean;
  /** The sender's role and the board's kind, for the per-kind edit rights (`editableBy`). */
  role?: Role;
  kind?: BoardKind;
  /** The board's programme (told to `afterStored` so the journey summary follows). */
  programmeId?: string;
};

// The document's format stamp too: a client writing a newer one could make the board unreadable.
const SERVER_OWNED: ReadonlySet<string> = new Set([...SESSION_ROOTS, DOC_FORMAT_ROOT]);

/** Observers (and anyone whose token says read-only) may not edit. */
export const refuseReadOnly: BeforeApply<EditorRights> = ({ peer }) =>
  peer.readOnly() ? RefusalReason.readOnly : null;

/** A board a facilitator locked takes edits only from those who may bypass the lock. */
export const refuseWhileLocked: BeforeApply<EditorRights> = ({ doc, peer }) =>
  isBoardLocked(doc) && !peer.bypassLock ? RefusalReason.locked : null;

/** The workshop roots (lock, votes, ballots) are written by the server only. */
export const refuseServerOwned: BeforeApply<EditorRights> = ({ doc, decoded }) =>
  touchesProtectedRoots(doc, decoded, SERVER_OWNED) ? RefusalReason.serverOwned : null;

/** What a role left out of a kind's `editableBy` may still write: comments (see `mayEditKind`). */
const OPEN_TO_COMMENTERS: ReadonlySet<string> = new Set([RootName.comments]);

/**
 * Only the roles a board kind's declaration names (`editableBy`) change its content; the others
 * with editBoards may still comment. Refused like a locked board: dropped, and the client told.
 */
export const refuseOutsideEditors: BeforeApply<EditorRights> = ({ doc, decoded, peer }) => {
  if (!peer.role || !peer.kind || peer.kind === 'canvas') return null;
  if (mayEditKind(templateOf(peer.kind), peer.role)) return null;
  return touchesRootsOutside(doc, decoded, OPEN_TO_COMMENTERS) ? RefusalReason.notEditor : null;
};

/** The board's edit rules, in the order they are asked (the first refusal is the one reported). */
export const boardEditRules: RoomHooks<EditorRights> = {
  beforeApply: [refuseReadOnly, refuseWhileLocked, refuseServerOwned, refuseOutsideEditors],
};
