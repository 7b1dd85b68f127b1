import type { BoardKind } from '@mentoring/shared/schema/board';
import { useTranslation } from 'react-i18next';

/** Placeholder for a board kind whose view is not built yet. */
export function ComingSoonBoard({ kind }: { kind: BoardKind }) {
  const { t } = useTranslation();
  return (
    <section className="page notice" aria-labelledby="coming-title" data-testid="board-coming">
      <h2 id="coming-title">{t('board.comingTitle', { kind: t(`boardKinds.${kind}`) })}</h2>
      <p>{t('board.comingBody')}</p>
    </section>
  );
}
