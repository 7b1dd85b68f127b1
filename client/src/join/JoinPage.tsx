import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { api } from '../api/endpoints';
import { tokenFromFragment } from '../api/sessions';
import { apiErrorMessage } from '../app/form';
import { Loading } from '../app/Loading';
import { NoticePage } from '../app/NoticePage';
import { JoinForm } from './JoinForm';
import { useJoinCheck } from './use-join-check';

/**
 * Joining from an invite link (`/join#token=…`). The token is checked first: a revoked, expired or
 * forged link is told at once, before the form.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const token = tokenFromFragment(location.hash);
  const [check, setCheck] = useJoinCheck(token, (key) => api.checkInvite(key));

  if (!token) return <NoticePage title={t('join.noLinkTitle')} body={t('join.noLinkBody')} />;
  switch (check.state) {
    case 'checking':
      return <Loading label={t('joinCodes.checking')} />;
    case 'dead':
      return <NoticePage title={t('join.deadLinkTitle')} body={t('join.deadLinkBody')} />;
    case 'failed':
      return <NoticePage title={t('join.title')} body={apiErrorMessage(check.error, t)} />;
    case 'ok':
      return (
        <JoinForm
          key={token}
          programmeTitle={check.programmeTitle}
          role={check.role}
          join={(body) => api.join({ token, ...body })}
          onDead={() => setCheck({ state: 'dead' })}
        />
      );
  }
}
