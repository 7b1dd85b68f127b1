import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ProgrammeStateContext } from '../api/programme-context';
import { useProgramme } from '../api/use-programme';
import { apiErrorMessage } from '../app/form';
import { Loading } from '../app/Loading';
import { NoticePage } from '../app/NoticePage';
import { paths } from '../app/paths';
import { BoardScreen } from './BoardScreen';

/** `/programmes/:programmeId/boards/:boardId`: finds the board and the session, then opens it. */
export default function BoardPage() {
  const { t } = useTranslation();
  const { programmeId = '', boardId = '' } = useParams();
  const { state, reload } = useProgramme(programmeId);

  const notice = (title: string, body: string, action?: 'retry' | 'programme') => (
    <main id="main" className="page">
      <NoticePage title={title} body={body}>
        {action === 'retry' ? (
          <button type="button" className="button" onClick={() => void reload()}>
            {t('app.retry')}
          </button>
        ) : null}
        {action === 'programme' ? (
          <Link to={paths.programme(programmeId)} className="button">
            {t('board.back')}
          </Link>
        ) : null}
      </NoticePage>
    </main>
  );

  switch (state.status) {
    case 'loading':
      return (
        <main id="main" className="page">
          <Loading label={t('board.opening')} />
        </main>
      );
    case 'no-session':
      return notice(t('access.noSessionTitle'), t('access.noSessionBody'));
    case 'ended':
      return notice(t('access.endedTitle'), t('access.endedBody'));
    case 'error':
      return notice(t('app.name'), apiErrorMessage(state.error, t), 'retry');
    case 'ready': {
      const board = state.details.boards.find((candidate) => candidate.id === boardId);
      if (!board) return notice(t('access.boardMissingTitle'), t('access.boardMissingBody'), 'programme');
      return (
        <ProgrammeStateContext.Provider value={state}>
          <BoardScreen key={board.docId} board={board} session={state.session} token={state.token} />
        </ProgrammeStateContext.Provider>
      );
    }
  }
}
