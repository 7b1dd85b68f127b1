import type { NetworkSessionResponseSchema } from '@mentoring/shared/network/api';
import type { Community, CommunityInput } from '@mentoring/shared/network/community';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { z } from 'zod';
import { ApiError } from '../api/http';
import { Loading } from '../app/Loading';
import { NoticePage } from '../app/NoticePage';
import { useDocumentTitle } from '../app/use-document-title';
import { FoldedForm } from '../network/FoldedForm';
import { networkToken } from '../network/network-api';
import { useNetworkChanges } from '../sync/use-network-changes';
import { CommunityForm } from './CommunityForm';
import { CommunityList } from './CommunityList';
import { communityApi } from './community-api';

type Session = z.infer<typeof NetworkSessionResponseSchema>;

/**
 * `/networks/:networkId/communities`: the network's communities of practice. Either network role
 * may plan one and start it; starting opens its space, where the starter is the facilitator.
 */
export function CommunitiesPage() {
  const { t } = useTranslation();
  const { networkId = '' } = useParams();
  const [token] = useState(() => networkToken(networkId));
  const [session, setSession] = useState<Session | null>(null);
  const [communities, setCommunities] = useState<Community[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [starting, setStarting] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [planning, setPlanning] = useState(false);
  useDocumentTitle(t('community.title'));
  // Live: a community planned or started elsewhere shows here within a second.
  const changes = useNetworkChanges(networkId, session ? token : null);

  const reload = useCallback(async () => {
    if (!token) return;
    setCommunities((await communityApi.list(networkId, token)).communities);
  }, [networkId, token]);

  useEffect(() => {
    if (!token) return;
    communityApi.session(networkId, token).then(setSession, () => setFailed(true));
  }, [networkId, token]);
  useEffect(() => {
    // Only the first read decides the page; a re-read that fails keeps the list shown.
    reload().catch(() => {
      if (changes.communities === 0) setFailed(true);
    });
  }, [reload, changes.communities]);

  const explain = (caught: unknown) =>
    setError(
      caught instanceof ApiError && caught.status === 409
        ? t('community.alreadyStarted')
        : caught instanceof ApiError && caught.status === 400
          ? t('community.invalid', { reason: caught.message })
          : t('community.failed'),
    );

  const create = async (input: CommunityInput) => {
    if (!token) return false;
    setBusy(true);
    setError('');
    try {
      await communityApi.create(networkId, token, input);
      await reload();
      setPlanning(false);
      return true;
    } catch (caught) {
      explain(caught);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const start = async (community: Community) => {
    if (!token) return;
    setStarting(community.id);
    setError('');
    try {
      const made = await communityApi.start(networkId, token, community.id);
      // The facilitator link carries the session in its fragment; the programme page keeps it.
      window.location.assign(made.facilitatorLink);
    } catch (caught) {
      explain(caught);
      await reload().catch(() => undefined);
      setStarting(null);
    }
  };

  if (!token || failed) return <NoticePage title={t('community.title')} body={t('network.noAccess')} />;
  if (!session || !communities) return <Loading />;
  return (
    <section aria-labelledby="communities-title">
      <p>
        <Link to={`/networks/${encodeURIComponent(networkId)}`}>{session.network.name}</Link>
      </p>
      <h1 id="communities-title">{t('community.title')}</h1>
      <p>{t('community.intro')}</p>
      {error ? <p role="alert">{error}</p> : null}
      <section className="card" aria-labelledby="communities-list">
        <h2 id="communities-list">{t('community.listTitle')}</h2>
        <CommunityList communities={communities} starting={starting} onStart={start} />
      </section>
      <FoldedForm label={t('community.openForm')} expanded={planning} onExpandedChange={setPlanning}>
        <CommunityForm
          language={session.network.language}
          busy={busy}
          onSubmit={create}
          onCancel={() => setPlanning(false)}
        />
      </FoldedForm>
    </section>
  );
}
