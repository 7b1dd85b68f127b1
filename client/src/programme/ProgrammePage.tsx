import { can } from '@mentoring/shared/schema/roles';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { rememberSession, tokenFromFragment } from '../api/sessions';
import { useProgramme } from '../api/use-programme';
import { apiErrorMessage } from '../app/form';
import { Loading } from '../app/Loading';
import { NoticePage } from '../app/NoticePage';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../app/use-document-title';
import { CommunityMatches } from '../community/CommunityMatches';
import { BoardGrants } from '../network/BoardGrants';
import { ProjectionLauncher } from '../projection/ProjectionLauncher';
import { useWorkshopConnection } from '../workshop/use-workshop-session';
import { BackupButton } from './BackupButton';
import { BoardsSection } from './BoardsSection';
import { DeleteProgrammeSection } from './DeleteProgrammeSection';
import { FollowFromHome } from './FollowFromHome';
import { InvitesSection } from './InvitesSection';
import { JoinCodesSection } from './JoinCodesSection';
import { JourneySection } from './journey/JourneySection';
import { MembersSection } from './MembersSection';
import { ProgrammeHeader } from './ProgrammeHeader';
import { ReportSection } from './ReportSection';

/**
 * Keeps the token of a facilitator link (`/programmes/:id#token=…`) on this device and takes it out
 * of the address bar, so it is not shared by accident with a screenshot or a copied URL.
 */
function useAdoptLinkToken(programmeId: string) {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const token = tokenFromFragment(location.hash);
    if (!token) return;
    rememberSession(programmeId, token, '');
    navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [programmeId, location, navigate]);
}

/** The programme home: the journey, boards by kind, members, and (for the facilitator) invite links. */
export function ProgrammePage() {
  const { t } = useTranslation();
  const { programmeId = '' } = useParams();
  const location = useLocation();
  useAdoptLinkToken(programmeId);
  const { state, reload } = useProgramme(programmeId);
  useDocumentTitle(state.status === 'ready' ? state.details.programme.title : undefined);
  // One workshop channel for the page: who is here, and follow-me (participants are taken along).
  const workshop = useWorkshopConnection(state.status === 'ready' ? state.token : null, null);
  const roster = workshop.snapshot.roster;
  // Someone online who is not in the list has just joined: fetch the members again.
  const members = state.status === 'ready' ? state.details.members : null;
  const newcomer = roster?.some((entry) => !members?.some((member) => member.id === entry.memberId)) ?? false;
  // Someone is on a board not in the list: it was just made; fetch again so the journey shows it.
  const boards = state.status === 'ready' ? state.details.boards : null;
  const newBoard =
    roster?.some((entry) => entry.boardId !== null && !boards?.some((board) => board.id === entry.boardId)) ??
    false;
  useEffect(() => {
    if (newcomer || newBoard) void reload();
  }, [newcomer, newBoard, reload]);

  if (location.hash && tokenFromFragment(location.hash)) return <Loading label={t('programme.loading')} />;
  switch (state.status) {
    case 'loading':
      return <Loading label={t('programme.loading')} />;
    case 'no-session':
      return <NoticePage title={t('access.noSessionTitle')} body={t('access.noSessionBody')} />;
    case 'ended':
      return (
        <NoticePage title={t('access.endedTitle')} body={t('access.endedBody')}>
          <Link to={paths.start} className="button">
            {t('app.backToStart')}
          </Link>
        </NoticePage>
      );
    case 'error':
      return (
        <NoticePage title={t('app.name')} body={apiErrorMessage(state.error, t)}>
          <button type="button" className="button" onClick={() => void reload()}>
            {t('app.retry')}
          </button>
        </NoticePage>
      );
    case 'ready': {
      const { details, session, token } = state;
      // Boards in the trash (listed to facilitators only) appear in the boards section's trash alone.
      const boards = details.boards.filter((board) => !board.deletedAt);
      return (
        <div className="stack">
          <ProgrammeHeader programme={details.programme} role={session.role} />
          {can(session.role, 'facilitate') ? null : (
            <FollowFromHome session={workshop} programmeId={programmeId} />
          )}
          <JourneySection
            programmeId={programmeId}
            token={token}
            boards={boards}
            canCreate={can(session.role, 'createBoards')}
            canDecide={can(session.role, 'facilitate')}
            onBoardsChanged={reload}
          />
          <BoardsSection
            programmeId={programmeId}
            token={token}
            boards={details.boards}
            canCreate={can(session.role, 'createBoards')}
            canDelete={can(session.role, 'facilitate')}
            onChanged={reload}
          />
          {details.programme.networkId && details.programme.cities ? (
            <CommunityMatches programmeId={programmeId} token={token} />
          ) : null}
          <MembersSection members={details.members} boards={boards} me={session.member.id} roster={roster} />
          {can(session.role, 'manageInvites') ? (
            <InvitesSection programmeId={programmeId} token={token} />
          ) : null}
          {can(session.role, 'facilitate') ? (
            <ProjectionLauncher programmeId={programmeId} token={token} />
          ) : null}
          {can(session.role, 'manageInvites') ? (
            <JoinCodesSection programmeId={programmeId} token={token} />
          ) : null}
          {can(session.role, 'export') ? (
            <ReportSection
              programmeId={programmeId}
              token={token}
              programmeLanguage={details.programme.language}
            />
          ) : null}
          {details.programme.networkId && can(session.role, 'facilitate') ? (
            <BoardGrants programmeId={programmeId} token={token} boards={details.boards} />
          ) : null}
          {can(session.role, 'export') ? <BackupButton programmeId={programmeId} token={token} /> : null}
          {can(session.role, 'deleteProgramme') ? (
            <DeleteProgrammeSection programmeId={programmeId} token={token} title={details.programme.title} />
          ) : null}
        </div>
      );
    }
  }
}
