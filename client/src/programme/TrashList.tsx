import { formatDate } from '@mentoring/shared/i18n/format';
import type { Board } from '@mentoring/shared/schema/board';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/i18n';

/** The facilitators' trash: deleted boards, when each went, and Restore. */
export function TrashList({ boards, onRestore }: { boards: Board[]; onRestore: (board: Board) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (boards.length === 0) return null;
  return (
    <details className="trash">
      <summary>{t('trash.heading', { number: boards.length })}</summary>
      <p className="hint">{t('trash.intro')}</p>
      <ul className="board-list" aria-label={t('trash.listLabel')}>
        {boards.map((board) => (
          <li key={board.id} className="board-item" data-trashed-board={board.id}>
            <span>{board.title}</span>
            <span className="muted">
              {t('trash.deletedOn', {
                date: formatDate(language, board.deletedAt ?? board.createdAt, 'medium'),
              })}
            </span>
            <button
              type="button"
              className="button small"
              aria-label={t('trash.restoreNamed', { title: board.title })}
              onClick={() => onRestore(board)}
            >
              {t('trash.restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
