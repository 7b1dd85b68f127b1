import { useTranslation } from 'react-i18next';
import { HandButton } from './HandButton';
import { RowVoteDots } from './RowVoteDots';
import { TimerDisplay } from './TimerDisplay';
import type { BoardWorkshop } from './use-board-workshop';
import './workshop.css';

/**
 * The workshop's part of the board bar's tools: timer, a facilitator's hand, the row vote dots and
 * the panel toggle. What the room must see (follow state, announcements, a participant's hand) is
 * in the status row under the bar ({@link RoomStatus}).
 */
export function WorkshopBar({ tools }: { tools: BoardWorkshop }) {
  const { t } = useTranslation();
  return (
    <div className="workshop-bar">
      <TimerDisplay />
      <RowVoteDots tools={tools} />
      {tools.canRaiseHand && tools.facilitator ? <HandButton memberId={tools.memberId} /> : null}
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
