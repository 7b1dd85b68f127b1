import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { NoticePage } from './NoticePage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <NoticePage title={t('app.notFoundTitle')} body={t('app.notFoundBody')}>
      <Link to="/" className="button">
        {t('app.backToStart')}
      </Link>
    </NoticePage>
  );
}
