import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';

/**
 * After "Delete this programme for good" the start page says which programme went, so the
 * facilitator knows the erasure happened (the danger zone passes its title in the route state).
 */
export function ErasedNotice() {
  const { t } = useTranslation();
  const { state } = useLocation();
  const erased = erasedTitle(state);
  return (
    <div role="status">
      {erased !== null ? <p className="card">{t('trash.programmeErased', { title: erased })}</p> : null}
    </div>
  );
}

function erasedTitle(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('erased' in state)) return null;
  return typeof state.erased === 'string' ? state.erased : null;
}
