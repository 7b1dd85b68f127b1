import type { Deletion } from '@mentoring/shared/schema/templates/common';
import { useScope } from './board-scope';
import type { DeletedNotice } from './use-list-actions';

/**
 * The notice after a delete, with an undo button (focus goes to it). A polite live region, so the
 * delete is announced; it stays until dismissed or the item comes back.
 */
export function UndoNotice({
  notice,
  onUndo,
  onDismiss,
}: {
  notice: DeletedNotice | null;
  onUndo: (notice: DeletedNotice) => void;
  onDismiss: () => void;
}) {
  const { t } = useScope();
  return (
    <div role="status" className="undo-region">
      {notice ? (
        <p className="undo-notice">
          <span>{t('common.deleted', { item: notice.label })}</span>{' '}
          <button
            type="button"
            className="button small"
            data-undo-for={notice.id}
            onClick={() => onUndo(notice)}
          >
            {t('common.undo')}
          </button>{' '}
          <button type="button" className="icon-button" aria-label={t('common.dismiss')} onClick={onDismiss}>
            <span aria-hidden="true">✕</span>
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** Deleted items of a list, each with a restore button (what others deleted too). */
export function TrashList<T extends { id: string }>({
  entries,
  describe,
  onRestore,
}: {
  entries: readonly { item: T; deleted: Deletion }[];
  /** A short name of a deleted item, e.g. its title or first column. */
  describe: (item: T) => string;
  onRestore: (id: string, label: string) => void;
}) {
  const { t, readOnly } = useScope();
  if (entries.length === 0 || readOnly) return null;
  return (
    <details className="trash">
      <summary>{t('common.trash', { count: entries.length })}</summary>
      <ul className="plain-list">
        {entries.map(({ item, deleted }) => {
          const label = describe(item) || t('common.untitled');
          return (
            <li key={item.id} className="trash-entry">
              <span>{t('common.trashEntry', { item: label, name: deleted.by.name })}</span>
              <button
                type="button"
                className="button small"
                aria-label={t('common.restoreNamed', { item: label })}
                onClick={() => onRestore(item.id, label)}
              >
                {t('common.restore')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
