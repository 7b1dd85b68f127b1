import { collator } from '@mentoring/shared/i18n/format';
import type { PresenceEntry } from '@mentoring/shared/protocol/session-events';
import type { Board } from '@mentoring/shared/schema/board';
import type { Member } from '@mentoring/shared/schema/member';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/i18n';
import { colourOf } from '../workshop/colours';

export interface MembersSectionProps {
  members: Member[];
  boards: Board[];
  me: string;
  /** Live roster from the session channel; null while unknown. */
  roster: PresenceEntry[] | null;
}

/** Who has joined the programme, who is online now and on which board. */
export function MembersSection({ members, boards, me, roster }: MembersSectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const byName = collator(language).compare;
  const online = new Map(
    (roster ?? []).filter((entry) => !entry.away).map((entry) => [entry.memberId, entry]),
  );
  const sorted = [...members].sort(
    (a, b) => Number(online.has(b.id)) - Number(online.has(a.id)) || byName(a.displayName, b.displayName),
  );
  const where = (entry: PresenceEntry) => {
    const board = boards.find((candidate) => candidate.id === entry.boardId);
    return board ? t('programme.onBoard', { title: board.title }) : t('programme.onHome');
  };
  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('programme.membersHeading')}</h2>
      {roster ? (
        <p className="presence" role="status">
          {t('programme.onlineCount', { count: online.size })}
        </p>
      ) : null}
      {members.length === 0 ? <p>{t('programme.noMembers')}</p> : null}
      <ul className="member-list">
        {sorted.map((member) => {
          const entry = online.get(member.id);
          return (
            <li key={member.id} data-member-id={member.id} data-online={entry ? 'true' : 'false'}>
              <span className="avatar" aria-hidden="true" style={{ background: colourOf(member.id) }}>
                {member.displayName.slice(0, 1).toUpperCase()}
              </span>
              <span className="member-text">
                <span className="member-name">
                  {member.displayName}
                  {member.id === me ? <span className="muted"> {t('programme.you')}</span> : null}
                </span>
                <span className="muted">
                  {t(`roles.${member.role}`)}
                  {member.organisation ? ` · ${member.organisation}` : ''}
                </span>
                {entry ? (
                  <span className="presence">
                    <span className="presence-online">{t('programme.online')}</span> · {where(entry)}
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
