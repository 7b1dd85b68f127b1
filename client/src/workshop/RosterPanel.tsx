import { collator } from '@mentoring/shared/i18n/format';
import type { PresenceEntry } from '@mentoring/shared/protocol/session-events';
import type { Language } from '@mentoring/shared/schema/programme';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/i18n';
import { RosterEntry } from './RosterEntry';
import { CommandFailure, useCommand } from './use-command';
import { useWorkshop } from './use-workshop-session';
import './workshop.css';

/** Raised hands first, in the order they went up; then everyone else by name, in the language's order. */
export function orderRoster(roster: PresenceEntry[], language: Language = 'en'): PresenceEntry[] {
  const byName = collator(language).compare;
  return [...roster].sort((a, b) => {
    if (a.handRaisedAt !== null && b.handRaisedAt !== null) return a.handRaisedAt - b.handRaisedAt;
    if (a.handRaisedAt !== null) return -1;
    if (b.handRaisedAt !== null) return 1;
    return byName(a.name, b.name);
  });
}

/** Who is online, where, and whose hand is up; facilitators lower hands and spotlight people. */
export function RosterPanel({
  me,
  boardId,
  facilitator,
  boardTitle,
}: {
  me: string;
  boardId: string | null;
  facilitator: boolean;
  boardTitle: (boardId: string) => string | null;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { snapshot } = useWorkshop();
  const { run, failure } = useCommand();
  const roster = orderRoster(snapshot.roster ?? [], language);
  const hands = roster.filter((entry) => entry.handRaisedAt !== null);
  const where = (entry: PresenceEntry) => {
    if (entry.boardId === null) return t('workshop.onProgrammeHome');
    if (entry.boardId === boardId) return t('workshop.onThisBoard');
    const title = boardTitle(entry.boardId);
    return title ? t('workshop.onBoard', { title }) : t('workshop.onOtherBoard');
  };
  return (
    <section className="workshop-section" aria-labelledby="roster-heading">
      <h2 id="roster-heading">{t('workshop.roster', { count: roster.length })}</h2>
      <p className="hands-summary" aria-live="polite" aria-atomic="true" data-testid="hands-summary">
        {hands.length === 0
          ? t('workshop.handsNone')
          : `${t('workshop.handsCount', { count: hands.length })}: ${hands.map((entry) => entry.name).join(', ')}`}
      </p>
      {roster.length === 0 ? <p>{t('workshop.rosterEmpty')}</p> : null}
      <ul className="roster" data-testid="roster">
        {roster.map((entry) => (
          <RosterEntry
            key={entry.memberId}
            entry={entry}
            isMe={entry.memberId === me}
            spotlighted={snapshot.spotlight === entry.memberId}
            where={where(entry)}
            onLowerHand={facilitator ? () => void run('hand:lower', { memberId: entry.memberId }) : undefined}
            onSpotlight={
              facilitator
                ? () =>
                    void run('member:spotlight', {
                      memberId: snapshot.spotlight === entry.memberId ? null : entry.memberId,
                    })
                : undefined
            }
          />
        ))}
      </ul>
      <CommandFailure failure={failure} />
    </section>
  );
}
