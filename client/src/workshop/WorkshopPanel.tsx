import { useTranslation } from 'react-i18next';
import { FollowControls } from './FollowControls';
import { LockToggle } from './LockToggle';
import { RosterPanel } from './RosterPanel';
import { TimerControls } from './TimerControls';
import type { BoardWorkshop } from './use-board-workshop';
import { VotePanel } from './VotePanel';

/** The workshop side panel of a board: roster, and for facilitators timer, follow-me and lock; votes. */
export function WorkshopPanel({ tools }: { tools: BoardWorkshop }) {
  const { t } = useTranslation();
  if (!tools.panelOpen) return <div id="workshop-panel" hidden />;
  return (
    <aside id="workshop-panel" className="workshop-panel" aria-label={t('workshop.panelLabel')}>
      <button type="button" className="button small workshop-close" onClick={() => tools.setPanelOpen(false)}>
        {t('workshop.close')}
      </button>
      {tools.leader ? <FollowControls leader={tools.leader} /> : null}
      {tools.facilitator ? <TimerControls /> : null}
      {tools.facilitator ? <LockToggle boardId={tools.boardId} locked={tools.locked} /> : null}
      {tools.votable ? (
        <VotePanel
          boardId={tools.boardId}
          facilitator={tools.facilitator}
          canVote={tools.canVote}
          items={tools.voteItems}
          view={tools.vote}
        />
      ) : null}
      <RosterPanel
        me={tools.memberId}
        boardId={tools.boardId}
        facilitator={tools.facilitator}
        boardTitle={tools.boardTitle}
      />
    </aside>
  );
}
