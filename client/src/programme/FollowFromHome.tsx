import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { paths } from '../app/paths';
import { useFollower } from '../workshop/use-follow';
import type { WorkshopSession } from '../workshop/use-workshop-session';

/**
 * Follow-me on the programme home, for participants: while it is on, a person who follows is taken
 * to the facilitator's board (so a tab opened on the home during a workshop lands where the room
 * is); one who chose not to follow sees that it is on and can follow again. When it is off the home
 * stays put, as every page opened after follow-me ended must.
 */
export function FollowFromHome({ session, programmeId }: { session: WorkshopSession; programmeId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const goToBoard = useCallback(
    (boardId: string) => navigate(paths.board(programmeId, boardId)),
    [navigate, programmeId],
  );
  // The home is no board: '' never equals the followed board, and there is no view to follow here.
  const follower = useFollower(session, programmeId, '', null, goToBoard, false);
  if (!follower.active || follower.following) return null;
  return (
    <p className="notice workshop-row" role="status" data-testid="follow-from-home">
      {t('workshop.notFollowing')}{' '}
      <button type="button" className="button" onClick={follower.rejoin}>
        {t('workshop.rejoin')}
      </button>
    </p>
  );
}
