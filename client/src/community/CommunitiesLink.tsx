import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { communitiesPagePath } from './community-api';

/** The network page's way to its communities of practice (one line there mounts it). */
export function CommunitiesLink({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={communitiesPagePath(networkId)}>{t('community.link')}</Link>
    </p>
  );
}
