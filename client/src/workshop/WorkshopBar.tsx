import { useTranslation } from 'react-i18next';
import { FollowLeaderStatus, FollowStatus } from './FollowControls';
import { HandButton } from './HandButton';
import { RoomAnnouncer } from './RoomAnnouncer';
import { RowVoteDots } from './RowVoteDots';
import { TimerDisplay } from './TimerDisplay';
import type { BoardWorkshop } from './use-board-workshop';
import './workshop.css';

/** The workshop's part of the board bar: timer, my hand, follow state, and the panel toggle. */
export function WorkshopBar({ tools }: { tools: BoardWorkshop }) {
  const { t } = useTranslation();
  return (
    <div className="workshop-bar">
      <TimerDisplay />
      {tools.follower ? <FollowStatus follower={tools.follower} /> : null}
      {tools.leader ? <FollowLeaderStatus leader={tools.leader} /> : null}
      <RoomAnnouncer tools={tools} />
      <RowVoteDots tools={tools} />
      {tools.canRaiseHand ? <HandButton memberId={tools.memberId} /> : null}
      <button
        type="button"
        className="button"
        aria-expanded={tools.panelOpen}
        aria-controls="workshop-panel"
        data-testid="workshop-toggle"
        onClick={() => tools.setPanelOpen(!tools.panelOpen)}
      >
        {t('workshop.panelToggle')}
      </button>
    </div>
  );
}
