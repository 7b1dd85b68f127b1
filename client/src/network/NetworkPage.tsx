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
import { NetworkWorkspace } from './NetworkWorkspace';
import { networkApi, networkToken, rememberNetwork } from './network-api';
import { ProgrammeTable } from './ProgrammeTable';

/** How often the table is read again, so it follows the programmes as they move. */
const REFRESH_MS = 5000;

type Session = z.infer<typeof NetworkSessionResponseSchema>;

/** `/networks/:networkId`: the network's page; the coordinator sees the programmes' status table. */
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

  useEffect(() => {
    if (!token) return;
    networkApi.session(networkId, token).then(setSession, () => setFailed(true));
  }, [networkId, token]);

  useEffect(() => {
    if (!token || session?.role !== 'network-coordinator') return;
    const controller = new AbortController();
    const load = () =>
      networkApi.programmes(networkId, token, controller.signal).then(
        (table) => setRows(table.programmes),
        () => undefined,
      );
    void load();
    const timer = window.setInterval(load, REFRESH_MS);
    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
  }, [networkId, token, session?.role]);

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
      <NetworkWorkspace networkId={networkId} token={token} role={session.role} />
    </section>
  );
}
