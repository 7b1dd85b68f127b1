import { readBallot, readVotes, tallyVote, type Vote } from '@mentoring/shared/doc/session';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

export interface VoteView {
  vote: Vote;
  counts: Record<string, number>;
  voters: number;
  /** My dots (readable from the doc for named votes; anonymous ballots are keyed by a hash). */
  mine: string[] | null;
}

/** The latest vote of a board with its tally, live from the board's document. */
export function latestVote(doc: Y.Doc, memberId: string): VoteView | null {
  const vote = readVotes(doc).at(-1);
  if (!vote) return null;
  const { counts, voters } = tallyVote(doc, vote.id);
  return { vote, counts, voters, mine: vote.anonymous ? null : readBallot(doc, vote.id, memberId) };
}

export function useLatestVote(doc: Y.Doc | null, memberId: string): VoteView | null {
  const [view, setView] = useState<VoteView | null>(null);
  useEffect(() => {
    if (!doc) return;
    const read = () => setView(latestVote(doc, memberId));
    read();
    const votes = doc.getMap('votes');
    const ballots = doc.getMap('ballots');
    votes.observe(read);
    ballots.observe(read);
    return () => {
      votes.unobserve(read);
      ballots.unobserve(read);
    };
  }, [doc, memberId]);
  return view;
}
