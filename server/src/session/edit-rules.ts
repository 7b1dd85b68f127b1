import { isBoardLocked, SESSION_ROOTS } from '@mentoring/shared/doc/session';
import { RefusalReason } from '@mentoring/shared/protocol/confirmations';
import { DOC_FORMAT_ROOT } from '../format/doc-format.js';
import type { BeforeApply, RoomHooks } from '../sync/hooks.js';
import { touchesProtectedRoots } from '../sync/protected-roots.js';

/**
 * What the upgrade route says of a board connection's rights (from its token). A type alias, not an
 * interface, so that it fits sync/'s generic peer (see sync/types.ts ConnectOptions).
 */
export type EditorRights = {
  /** Asked for every edit, so that a role change applies at once. */
  readOnly: () => boolean;
  /** May edit a board a facilitator locked (facilitators). */
  bypassLock?: boolean;
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

/** The board's edit rules, in the order they are asked (the first refusal is the one reported). */
export const boardEditRules: RoomHooks<EditorRights> = {
  beforeApply: [refuseReadOnly, refuseWhileLocked, refuseServerOwned],
};
