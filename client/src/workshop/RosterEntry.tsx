import type { PresenceEntry } from '@mentoring/shared/protocol/session-events';
import { useTranslation } from 'react-i18next';

export interface RosterEntryProps {
  entry: PresenceEntry;
  isMe: boolean;
  spotlighted: boolean;
  /** Where the member is, already in words. */
  where: string;
  /** Facilitator actions; absent for everyone else. */
  onLowerHand?: () => void;
  onSpotlight?: () => void;
}

/** One person on the roster: colour, name, role, organisation, where and whether away. */
export function RosterEntry({ entry, isMe, spotlighted, where, onLowerHand, onSpotlight }: RosterEntryProps) {
  const { t } = useTranslation();
  const hand = entry.handRaisedAt !== null;
  return (
    <li
      className={`roster-entry${spotlighted ? ' spotlighted' : ''}${entry.away ? ' away' : ''}`}
      data-testid="roster-entry"
      data-member-id={entry.memberId}
      data-hand={hand}
      data-spotlight={spotlighted}
    >
      <span className="avatar" aria-hidden="true" style={{ background: entry.colour }}>
        {entry.name.slice(0, 1).toUpperCase()}
      </span>
      <span className="roster-text">
        <span className="roster-name">
          {entry.name}
          {isMe ? ` (${t('workshop.you')})` : ''}
          {hand ? <span className="roster-badge hand-badge"> {t('workshop.handUp')}</span> : null}
          {spotlighted ? <span className="roster-badge"> {t('workshop.spotlighted')}</span> : null}
        </span>
        <span className="roster-meta">
          {t(`roles.${entry.role}`)}
          {entry.organisation ? ` · ${entry.organisation}` : ''}
        </span>
        <span className="roster-meta">
          {where} · {entry.away ? t('workshop.away') : t('workshop.here')}
        </span>
      </span>
      {onLowerHand && hand ? (
        <button type="button" className="button small" onClick={onLowerHand}>
          {t('workshop.lowerHand', { name: entry.name })}
        </button>
      ) : null}
      {onSpotlight ? (
        <button type="button" className="button small" aria-pressed={spotlighted} onClick={onSpotlight}>
          {spotlighted ? t('workshop.spotlightOff') : t('workshop.spotlight', { name: entry.name })}
        </button>
      ) : null}
    </li>
  );
}
