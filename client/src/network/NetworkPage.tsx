import type { NetworkSessionResponseSchema, ProgrammeRow } from '@mentoring/shared/network/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { z } from 'zod';
import { tokenFromFragment } from '../api/sessions';
import { Loading } from '../app/Loading';
import { NoticePage } from '../app/NoticePage';
import { useDocumentTitle } from '../app/use-document-title';
import { CommunitiesLink } from '../community/CommunitiesLink';
import { useNetworkChanges } from '../sync/use-network-changes';
import { NetworkWorkspace } from './NetworkWorkspace';
import { networkApi, networkToken, rememberNetwork } from './network-api';
import { ProgrammeTable } from './ProgrammeTable';

type Session = z.infer<typeof NetworkSessionResponseSchema>;

/**
 * `/networks/:networkId`: the network's page; the coordinator sees the programmes' status table.
 * Everything on it is live: a change made anywhere in the network is read again within a second.
 */
export function NetworkPage() {
  const { t } = useTranslation();
  const { networkId = '' } = useParams();
  const [token] = useState(() => {
    const fromLink = tokenFromFragment(window.location.hash);
    if (fromLink) {
      rememberNetwork(networkId, fromLink);
      // The token leaves the address bar (and the history) once kept.
      window.history.replaceState(null, '', window.location.pathname);
    }
    return fromLink ?? networkToken(networkId);
  });
  const [session, setSession] = useState<Session | null>(null);
  const [rows, setRows] = useState<ProgrammeRow[] | null>(null);
  const [failed, setFailed] = useState(false);
  useDocumentTitle(session?.network.name ?? t('network.title'));
  // Live: the server tells the page what changed (on any node); the lists are read again then.
  const changes = useNetworkChanges(networkId, session ? token : null);

  useEffect(() => {
    if (!token) return;
    networkApi.session(networkId, token).then(setSession, () => setFailed(true));
  }, [networkId, token]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a programmes notice is what re-reads the table
  useEffect(() => {
    if (!token || session?.role !== 'network-coordinator') return;
    const controller = new AbortController();
    networkApi.programmes(networkId, token, controller.signal).then(
      (table) => setRows(table.programmes),
      () => undefined,
    );
    return () => controller.abort();
  }, [networkId, token, session?.role, changes.programmes]);

  if (!token || failed) return <NoticePage title={t('network.title')} body={t('network.noAccess')} />;
  if (!session) return <Loading />;
  return (
    <section aria-labelledby="network-title">
      <h1 id="network-title">{session.network.name}</h1>
      <p>{t(`network.role.${session.role}`)}</p>
      <CommunitiesLink networkId={networkId} />
      {session.role === 'network-coordinator' ? (
        rows ? (
          <ProgrammeTable rows={rows} networkName={session.network.name} />
        ) : (
          <Loading />
        )
      ) : null}
      <NetworkWorkspace networkId={networkId} token={token} role={session.role} changes={changes} />
    </section>
  );
}
