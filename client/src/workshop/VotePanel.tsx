import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandFailure, useCommand } from './use-command';
import type { VoteView } from './use-votes';
import { VoteForm } from './VoteForm';
import { VoteResults } from './VoteResults';
import type { VoteItem } from './vote-items';

/**
 * Dot voting on this board: the facilitator opens, closes and reveals (and sees counts live);
 * participants add and remove their dots with buttons per item; counts for all once revealed.
 */
export function VotePanel({
  boardId,
  facilitator,
  canVote,
  items,
  view,
}: {
  boardId: string;
  facilitator: boolean;
  canVote: boolean;
  items: VoteItem[];
  view: VoteView | null;
}) {
  const { t } = useTranslation();
  const { run, failure, busy } = useCommand();
  // Anonymous ballots cannot be read back from the doc: the server's answer to each dot tells us.
  const [answered, setAnswered] = useState<{ voteId: string; dots: string[] } | null>(null);
  const vote = view?.vote ?? null;
  const showForm = facilitator && (!vote || vote.status === 'revealed');
  const voteItems = vote?.itemIds ? items.filter((item) => vote.itemIds?.includes(item.id)) : items;
  const mine = view?.mine ?? (answered && answered.voteId === vote?.id ? answered.dots : []);
  const left = vote ? vote.dotsPerPerson - mine.length : 0;

  const cast = async (itemId: string, remove: boolean) => {
    if (!vote) return;
    const result = await run('vote:cast', { boardId, voteId: vote.id, itemId, remove });
    if (result.ok && Array.isArray(result.data)) {
      setAnswered({
        voteId: vote.id,
        dots: result.data.filter((id): id is string => typeof id === 'string'),
      });
    }
  };

  const status = vote
    ? {
        open: t('workshop.voteStatusOpen'),
        closed: t('workshop.voteStatusClosed'),
        revealed: t('workshop.voteStatusRevealed'),
      }[vote.status]
    : null;
  return (
    <section className="workshop-section" aria-labelledby="vote-heading" data-testid="vote-panel">
      <h2 id="vote-heading">{t('workshop.vote')}</h2>
      {vote ? (
        <div data-testid="vote" data-status={vote.status} data-vote-id={vote.id}>
          {vote.title ? <p className="vote-title">{vote.title}</p> : null}
          <p role="status">
            {status} · {t('workshop.voteVoters', { count: view?.voters ?? 0 })}
          </p>
          {vote.status === 'open' && canVote ? (
            <>
              <p aria-live="polite">{t('workshop.voteDotsLeft', { count: left })}</p>
              <ul className="vote-items">
                {voteItems.map((item) => {
                  const label = item.label || t('workshop.untitledItem');
                  const placed = mine.filter((id) => id === item.id).length;
                  return (
                    <li key={item.id} data-testid="vote-item" data-item-id={item.id}>
                      <span className="vote-label">{label}</span>
                      <span className="vote-mine">{t('workshop.voteMine', { count: placed })}</span>
                      <button
                        type="button"
                        className="button small"
                        aria-label={t('workshop.voteRemove', { item: label })}
                        disabled={busy || placed === 0}
                        onClick={() => void cast(item.id, true)}
                      >
                        −
                      </button>
                      <button
                        type="button"
                        className="button small"
                        aria-label={t('workshop.voteAdd', { item: label })}
                        disabled={busy || left <= 0}
                        onClick={() => void cast(item.id, false)}
                      >
                        +
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
          {facilitator || vote.status === 'revealed' ? (
            <VoteResults items={voteItems} counts={view?.counts ?? {}} />
          ) : null}
          {facilitator && vote.status === 'open' ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run('vote:close', { boardId, voteId: vote.id })}
            >
              {t('workshop.voteClose')}
            </button>
          ) : null}
          {facilitator && vote.status !== 'revealed' ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              data-testid="vote-reveal"
              onClick={() => void run('vote:reveal', { boardId, voteId: vote.id })}
            >
              {t('workshop.voteReveal')}
            </button>
          ) : null}
        </div>
      ) : null}
      {showForm ? <VoteForm boardId={boardId} items={items} /> : null}
      <CommandFailure failure={failure} />
    </section>
  );
}
