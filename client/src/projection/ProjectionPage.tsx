import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/endpoints';
import { apiErrorMessage } from '../app/form';
import { Loading } from '../app/Loading';
import { NoticePage } from '../app/NoticePage';
import { useDocumentTitle } from '../app/use-document-title';
import { ProjectionScreen } from './ProjectionScreen';
import { keepScreenSession, parseProjectionFragment, readScreenSession } from './projection-link';
import './projection.css';

/**
 * `/programmes/:programmeId/project`: the room screen. Opened from a projection link, it joins
 * once with the observer invite (as "Room screen"), keeps that session on this device and takes
 * the token out of the address bar; later visits use the kept session.
 */
export default function ProjectionPage() {
  const { t } = useTranslation();
  const { programmeId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [session, setSession] = useState(() => readScreenSession(programmeId));
  const [failure, setFailure] = useState<string | null>(null);
  const fragment = parseProjectionFragment(location.hash);
  useDocumentTitle(t('projection.title'));

  const inviteToken = fragment?.inviteToken ?? null;
  const joinLink = fragment?.joinLink ?? null;
  useEffect(() => {
    if (!inviteToken) return;
    let live = true;
    api.join({ token: inviteToken, displayName: t('projection.screenName') }).then(
      (joined) => {
        if (!live) return;
        const kept = {
          token: joined.token,
          memberId: joined.member.id,
          name: joined.member.displayName,
          joinLink,
        };
        keepScreenSession(programmeId, kept);
        setSession(kept);
        navigate({ pathname: location.pathname }, { replace: true });
      },
      (error: unknown) => live && setFailure(apiErrorMessage(error, t)),
    );
    return () => {
      live = false;
    };
  }, [inviteToken, joinLink, programmeId, location.pathname, navigate, t]);

  if (failure) return <NoticePage title={t('projection.noLinkTitle')} body={failure} />;
  if (fragment) return <Loading label={t('projection.connecting')} />;
  if (!session) return <NoticePage title={t('projection.noLinkTitle')} body={t('projection.noLinkBody')} />;
  return <ProjectionScreen programmeId={programmeId} session={session} />;
}
