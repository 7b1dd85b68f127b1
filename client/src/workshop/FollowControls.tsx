import { useTranslation } from 'react-i18next';
import type { CommandResult } from './session-store';
import { CommandFailure, useCommand } from './use-command';

export interface LeaderControls {
  active: boolean;
  leading: boolean;
  start: () => Promise<CommandResult>;
  stop: () => Promise<CommandResult>;
  bring: () => Promise<CommandResult>;
}

/** The facilitator's follow-me: start or stop being followed, and bring everyone here once. */
export function FollowControls({ leader }: { leader: LeaderControls }) {
  const { t } = useTranslation();
  const { report, failure } = useCommand();
  return (
    <section className="workshop-section" aria-labelledby="follow-heading">
      <h2 id="follow-heading">{t('workshop.follow')}</h2>
      {leader.leading ? <p>{t('workshop.followLeading')}</p> : null}
      <div className="workshop-row">
        <button
          type="button"
          className="button"
          aria-pressed={leader.leading}
          data-testid="follow-toggle"
          onClick={() => void (leader.leading ? leader.stop() : leader.start()).then(report)}
        >
          {leader.leading ? t('workshop.followStop') : t('workshop.followStart')}
        </button>
        <button type="button" className="button" onClick={() => void leader.bring().then(report)}>
          {t('workshop.followBring')}
        </button>
      </div>
      <CommandFailure failure={failure} />
    </section>
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
