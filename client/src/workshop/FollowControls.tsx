import { useTranslation } from 'react-i18next';
import type { CommandResult } from './session-store';
import { CommandFailure, useCommand } from './use-command';

export interface LeaderControls {
  /** Follow-me is on (led from this tab or elsewhere). */
  active: boolean;
  /** This tab leads it. */
  leading: boolean;
  /** Who leads it, when on. */
  leaderName: string | null;
  start: () => Promise<CommandResult>;
  stop: () => Promise<CommandResult>;
  bring: () => Promise<CommandResult>;
}

/** What follow-me is doing, as a facilitator's tab sees it (led here, elsewhere, or off). */
function useLeaderStatus(leader: LeaderControls): string | null {
  const { t } = useTranslation();
  if (!leader.active) return null;
  if (leader.leading) return t('room.followOnHere');
  return t('room.followOnElsewhere', { name: leader.leaderName ?? '' });
}

/**
 * The facilitator's follow-me: start or stop being followed, lead from this tab when another tab (or
 * facilitator) leads, and bring everyone here once. Every tab shows whether it is on.
 */
export function FollowControls({ leader }: { leader: LeaderControls }) {
  const { t } = useTranslation();
  const { report, failure } = useCommand();
  const status = useLeaderStatus(leader);
  return (
    <section className="workshop-section" aria-labelledby="follow-heading">
      <h2 id="follow-heading">{t('workshop.follow')}</h2>
      {leader.leading ? <p>{t('workshop.followLeading')}</p> : null}
      {status && !leader.leading ? <p data-testid="follow-elsewhere">{status}</p> : null}
      <div className="workshop-row">
        <button
          type="button"
          className="button"
          aria-pressed={leader.active}
          data-testid="follow-toggle"
          onClick={() => void (leader.active ? leader.stop() : leader.start()).then(report)}
        >
          {leader.active ? t('workshop.followStop') : t('workshop.followStart')}
        </button>
        {leader.active && !leader.leading ? (
          <button type="button" className="button" onClick={() => void leader.start().then(report)}>
            {t('room.followLeadHere')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void leader.bring().then(report)}>
          {t('workshop.followBring')}
        </button>
      </div>
      <CommandFailure failure={failure} />
    </section>
  );
}

/** In a facilitator's board bar, while follow-me is on: that it is on, and Stop. */
export function FollowLeaderStatus({ leader }: { leader: LeaderControls }) {
  const { t } = useTranslation();
  const { report, failure } = useCommand();
  const status = useLeaderStatus(leader);
  if (!status) return null;
  return (
    <div className="follow-status" data-testid="follow-leader-status" data-leading={leader.leading}>
      <span role="status">{status}</span>
      <button type="button" className="button small" onClick={() => void leader.stop().then(report)}>
        {t('workshop.followStop')}
      </button>
      <CommandFailure failure={failure} />
    </div>
  );
}

/** A participant's follow state in the board bar: following (break away) or not (rejoin). */
export function FollowStatus({
  follower,
}: {
  follower: { active: boolean; following: boolean; breakAway: () => void; rejoin: () => void };
}) {
  const { t } = useTranslation();
  if (!follower.active) return null;
  return (
    <div className="follow-status" data-testid="follow-status" data-following={follower.following}>
      <span role="status">{follower.following ? t('workshop.following') : t('workshop.notFollowing')}</span>
      <button
        type="button"
        className="button small"
        onClick={follower.following ? follower.breakAway : follower.rejoin}
      >
        {follower.following ? t('workshop.breakAway') : t('workshop.rejoin')}
      </button>
    </div>
  );
}
