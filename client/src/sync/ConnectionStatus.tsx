import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardConnection } from './board-connection';
import type { ConnectionFrame } from './connection-state';

const noSubscribe = () => () => undefined;
const noSnapshot = () => null;

/**
 * The always-visible connection badge: connecting, live (with saving or saved), offline (edits kept
 * on the device), no access, or "not saved" after a refused edit was rolled back. `saved` appears
 * only once the server confirmed storage. It follows the connection itself, so that the save state
 * changing with each keystroke re-renders the badge alone, not the board screen around it.
 */
export function ConnectionStatus({
  connection,
  rolledBack,
  readOnly,
}: {
  connection: BoardConnection | null;
  /** The connection's latest refused edit was rolled back (use-board-connection.ts). */
  rolledBack: boolean;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const snapshot = useSyncExternalStore(
    connection?.subscribe ?? noSubscribe,
    connection?.getSnapshot ?? noSnapshot,
  );
  const link = snapshot?.link ?? 'connecting';
  // After a rollback the refused edit is gone, not pending: "Not saved" until the next edit.
  const save = rolledBack ? 'refused' : (snapshot?.save ?? 'offline');
  const parts: string[] = [t(`status.${link === 'denied' ? 'denied' : link}`)];
  if (save === 'refused') parts.push(t('saveRefusal.notSaved'));
  else if (link === 'live')
    parts.push(readOnly ? t('board.readOnly') : t(`status.${save === 'saved' ? 'saved' : 'saving'}`));
  else if (readOnly) parts.push(t('board.readOnly'));
  else if (link === 'offline' && snapshot?.unsaved) parts.push(t('status.keptShort'));
  const detail = link === 'offline' && !readOnly ? t('status.keptLocally') : undefined;
  return (
    <div
      className={`connection-status status-${link}`}
      role="status"
      data-testid="connection-status"
      data-link={link}
      data-save={save}
      title={detail}
    >
      <span className="status-dot" aria-hidden="true" />
      <span className="status-text">{parts.join(' · ')}</span>
      {detail ? <span className="visually-hidden">{detail}</span> : null}
    </div>
  );
}

/** A message for a connection that will not come back by itself, or for a refused edit. */
export function ConnectionProblem({
  snapshot,
  readOnly,
}: {
  snapshot: ConnectionFrame | null;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  if (!snapshot) return null;
  let message: string | null = null;
  if (snapshot.denied === 'unauthorized') message = t('status.deniedUnauthorized');
  else if (snapshot.denied === 'forbidden') message = t('status.deniedForbidden');
  else if (snapshot.denied === 'tooLarge') message = t('status.deniedTooLarge');
  else if (snapshot.denied === 'other') message = t('status.deniedOther');
  else if (snapshot.rolledBack) message = t('saveRefusal.rolledBack');
  else if (snapshot.refused && !readOnly) message = t('status.refused');
  if (!message) return null;
  return (
    <p className="connection-problem" role="alert">
      {message}
    </p>
  );
}
