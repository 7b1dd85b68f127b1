import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandFailure, useCommand } from './use-command';
import type { VoteItem } from './vote-items';

/** The facilitator opens a dot vote on the board's current items. */
export function VoteForm({ boardId, items }: { boardId: string; items: VoteItem[] }) {
  const { t } = useTranslation();
  const { run, failure, busy } = useCommand();
  const [title, setTitle] = useState('');
  const [dots, setDots] = useState('3');
  const [anonymous, setAnonymous] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const dotsPerPerson = Math.min(20, Math.max(1, Math.round(Number(dots) || 1)));
    void run('vote:open', {
      boardId,
      title: title.trim(),
      itemIds: items.map((item) => item.id),
      dotsPerPerson,
      anonymous,
    });
  };
  if (items.length === 0) return <p>{t('workshop.voteNoItems')}</p>;
  return (
    <form className="vote-form" onSubmit={onSubmit}>
      <label htmlFor="vote-title">{t('workshop.voteTitle')}</label>
      <input
        id="vote-title"
        value={title}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
      />
      <label htmlFor="vote-dots">{t('workshop.voteDots')}</label>
      <input
        id="vote-dots"
        type="number"
        min={1}
        max={20}
        inputMode="numeric"
        value={dots}
        onChange={(event) => setDots(event.target.value)}
      />
      <label className="checkbox">
        <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
        {t('workshop.voteAnonymous')}
      </label>
      <button type="submit" className="button" disabled={busy} data-testid="vote-open">
        {t('workshop.voteOpen')}
      </button>
      <CommandFailure failure={failure} />
    </form>
  );
}
