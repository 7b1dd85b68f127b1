import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { remainingMs } from './timer';
import type { BoardWorkshop } from './use-board-workshop';
import { useNow } from './use-now';
import { useWorkshop } from './use-workshop-session';

/** How long a toast stays on screen (the live region keeps the text for screen readers). */
const TOAST_MS = 8_000;

interface Announcement {
  id: number;
  text: string;
}

/**
 * Announces what happens in the room where people look, without opening the workshop panel: a vote
 * opening (to everyone who can vote), a hand going up (to facilitators) and the timer ending (to
 * everyone), as a toast and in a polite live region; and badges on the board bar for an open vote
 * and for raised hands.
 */
export function RoomAnnouncer({ tools }: { tools: BoardWorkshop }) {
  const { t } = useTranslation();
  const { snapshot } = useWorkshop();
  const [latest, setLatest] = useState<Announcement | null>(null);
  const [toast, setToast] = useState<Announcement | null>(null);
  const counter = useRef(0);
  const announce = (text: string) => {
    counter.current += 1;
    const next = { id: counter.current, text };
    setLatest(next);
    setToast(next);
  };
  const announceRef = useRef(announce);
  announceRef.current = announce;

  // A vote opening, once per vote (also one already open when the page opens).
  const vote = tools.vote?.vote ?? null;
  const openVoteId = vote?.status === 'open' ? vote.id : null;
  const voteTitle = vote?.title ?? '';
  const announcedVote = useRef<string | null>(null);
  useEffect(() => {
    if (!openVoteId || announcedVote.current === openVoteId) return;
    announcedVote.current = openVoteId;
    announceRef.current(voteTitle ? t('room.voteOpenedTitled', { title: voteTitle }) : t('room.voteOpened'));
  }, [openVoteId, voteTitle, t]);

  // Hands going up, for facilitators: the names of those not up at the last roster.
  const roster = snapshot.roster;
  const handsUp = roster?.filter((entry) => entry.handRaisedAt !== null) ?? [];
  const seenHands = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!roster) return;
    const up = new Set(roster.filter((e) => e.handRaisedAt !== null).map((e) => e.memberId));
    const before = seenHands.current;
    seenHands.current = up;
    if (!before || !tools.facilitator) return;
    for (const entry of roster) {
      if (up.has(entry.memberId) && !before.has(entry.memberId) && entry.memberId !== tools.memberId) {
        announceRef.current(t('room.handRaised', { name: entry.name }));
      }
    }
    // Each roster (presence changes too) compares with the last: only new hands are announced.
  }, [roster, tools.facilitator, tools.memberId, t]);

  // The timer ending while this page is open.
  const { timer, offsetMs } = snapshot;
  const now = useNow(timer.status === 'running');
  const over = timer.status === 'running' && remainingMs(timer, offsetMs, now) === 0;
  const endsAt = timer.status === 'running' ? timer.endsAt : null;
  const wasRunning = useRef<number | null>(null);
  useEffect(() => {
    if (endsAt !== null && !over) wasRunning.current = endsAt;
    if (over && wasRunning.current === endsAt) {
      wasRunning.current = null;
      announceRef.current(t('room.timerEnded'));
    }
  }, [over, endsAt, t]);

  useEffect(() => {
    if (!toast) return;
    const timeout = setTimeout(() => setToast(null), TOAST_MS);
    return () => clearTimeout(timeout);
  }, [toast]);

  const showVoteBadge = openVoteId !== null && tools.canVote;
  const showHandsBadge = tools.facilitator && handsUp.length > 0;
  return (
    <>
      {showVoteBadge ? (
        <button
          type="button"
          className="room-badge room-badge-vote"
          data-testid="room-vote-badge"
          aria-expanded={tools.panelOpen}
          aria-controls="workshop-panel"
          onClick={() => tools.setPanelOpen(true)}
        >
          {t('room.voteBadge')}
        </button>
      ) : null}
      {showHandsBadge ? (
        <button
          type="button"
          className="room-badge room-badge-hands"
          data-testid="room-hands-badge"
          aria-expanded={tools.panelOpen}
          aria-controls="workshop-panel"
          onClick={() => tools.setPanelOpen(true)}
        >
          {t('room.handsBadge', { count: handsUp.length })}
        </button>
      ) : null}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="room-live">
        {latest?.text ?? ''}
      </div>
      {toast ? (
        <div className="room-toast" data-testid="room-toast">
          <p>{toast.text}</p>
          <button type="button" className="button small" onClick={() => setToast(null)}>
            {t('room.dismiss')}
          </button>
        </div>
      ) : null}
    </>
  );
}
