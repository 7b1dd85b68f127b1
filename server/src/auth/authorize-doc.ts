import { journeyDocId } from '@mentoring/shared/journey/settings';
import { DocIdSchema } from '@mentoring/shared/schema/ids';
import { can } from '@mentoring/shared/schema/roles';
import { AppError } from '../errors.js';
import type { Access, Session } from './access.js';
import type { ConnectionLimiter } from './connection-limit.js';
import type { AuthorizeDoc, DocAccess } from './doc-access.js';
import type { GrantSource } from './grant-source.js';
import type { GrantWatcher } from './grant-watcher.js';

/**
 * The WebSocket upgrade check of `/yjs/:docId?token=`: a member's valid session (else 401), a
 * document that is a board of the token's programme (else 403: whether it exists elsewhere is not
 * told), and a free connection slot of the programme (else 429). Observers are read-only; the grant
 * is watched so that the connection closes when it is revoked or expires.
 */
export function createDocAuthorizer(deps: {
  access: Access;
  programmes: GrantSource;
  watcher: GrantWatcher;
  limiter: ConnectionLimiter;
  /** How often a non-facilitator's connection checks that its board is not in the trash. */
  checkMs?: number;
}): AuthorizeDoc {
  return async ({ docId, token }) => {
    const parsedDoc = DocIdSchema.safeParse(docId);
    const boardDoc = parsedDoc.success ? parsedDoc.data : null;
    // The grant and the board in one read where the store allows (one Redis round trip, not three).
    const { session, board } = await deps.access.sessionForDoc(token, boardDoc);
    if (docId === journeyDocId(session.programme.id)) return journeyAccess(deps, session);
    if (!board || !boardDoc) throw new AppError('forbidden', 'this document is not part of your programme');
    // A board in the trash opens for facilitators only (they may look before restoring it).
    if (board.deletedAt && !can(session.role, 'facilitate')) {
      throw new AppError('forbidden', 'this board was deleted');
    }
    // The closures below outlive the check (as long as the connection is open): they take only the
    // role and ids, not the session, whose programme, invite and member records (parsed anew for
    // each connection from Redis) would otherwise stay in memory with every connection.
    const { role } = session;
    const programmeId = session.programme.id;
    const release = deps.limiter.acquire(programmeId);
    const grant = { programmeId, inviteId: session.invite.id, expiresAtMs: session.expiresAtMs };
    return {
      label: `${role}:${session.member.id}`,
      readOnly: () => !can(role, 'editBoards'),
      bypassLock: can(role, 'facilitate'),
      role,
      kind: board.kind,
      programmeId,
      watch: (onEnded) => {
        const stopGrant = deps.watcher.watch(grant, onEnded);
        if (can(role, 'facilitate') || !deps.checkMs) return stopGrant;
        // A board deleted on another node: this connection ends within one check, like a revocation.
        const timer = setInterval(() => {
          deps.programmes.findBoardByDoc(programmeId, boardDoc).then(
            (now) => {
              if (now && !now.deletedAt) return;
              stop();
              onEnded('revoked');
            },
            () => undefined, // a store hiccup is not a deletion
          );
        }, deps.checkMs);
        timer.unref();
        const stop = () => {
          clearInterval(timer);
          stopGrant();
        };
        return stop;
      },
      release,
    };
  };
}

/**
 * The programme's journey document (choices and computed summary): every member reads it live on
 * the programme home; only the server writes it, so it is read-only for every role.
 */
function journeyAccess(
  deps: { watcher: GrantWatcher; limiter: ConnectionLimiter },
  session: Session,
): DocAccess {
  const grant = {
    programmeId: session.programme.id,
    inviteId: session.invite.id,
    expiresAtMs: session.expiresAtMs,
  };
  return {
    label: `${session.role}:${session.member.id}`,
    readOnly: () => true,
    role: session.role,
    watch: (onEnded) => deps.watcher.watch(grant, onEnded),
    release: deps.limiter.acquire(session.programme.id),
  };
}
