import type * as Y from 'yjs';

/**
 * Workshop state kept inside every board's Y.Doc, written only by the server (it refuses client
 * updates that touch these roots), so that it is as durable as the board and reaches every node:
 * - `session` (Y.Map of plain values): `locked` boolean, `lockedBy` member name;
 * - `votes` (Y.Map voteId → Vote JSON): the votes opened on this board;
 * - `ballots` (Y.Map `${voteId}:${voterKey}` → itemIds[]): one entry per voter and vote, so that
 *   two people voting at once never overwrite each other.
 */
export const SESSION_ROOTS = ['session', 'votes', 'ballots'] as const;

export type VoteStatus = 'open' | 'closed' | 'revealed';

export interface Vote {
  id: string;
  title: string;
  /** Items that may receive dots; null: any item of the board. */
  itemIds: string[] | null;
  dotsPerPerson: number;
  anonymous: boolean;
  status: VoteStatus;
  openedAt: number;
}

export function isBoardLocked(doc: Y.Doc): boolean {
  return doc.getMap('session').get('locked') === true;
}

export function setBoardLocked(doc: Y.Doc, locked: boolean, by: string): void {
  doc.transact(() => {
    const session = doc.getMap('session');
    session.set('locked', locked);
    session.set('lockedBy', locked ? by : null);
  });
}

export function readVotes(doc: Y.Doc): Vote[] {
  return [...doc.getMap<Vote>('votes').values()].sort((a, b) => a.openedAt - b.openedAt);
}

export function readVote(doc: Y.Doc, voteId: string): Vote | undefined {
  return doc.getMap<Vote>('votes').get(voteId);
}

export function writeVote(doc: Y.Doc, vote: Vote): void {
  doc.getMap<Vote>('votes').set(vote.id, vote);
}

const ballotKey = (voteId: string, voterKey: string) => `${voteId}:${voterKey}`;

/** The items a voter put dots on (an item may appear several times). */
export function readBallot(doc: Y.Doc, voteId: string, voterKey: string): string[] {
  return doc.getMap<string[]>('ballots').get(ballotKey(voteId, voterKey)) ?? [];
}

export function writeBallot(doc: Y.Doc, voteId: string, voterKey: string, itemIds: string[]): void {
  doc.getMap<string[]>('ballots').set(ballotKey(voteId, voterKey), itemIds);
}

/** Dots per item of a vote, and how many people voted. */
export function tallyVote(doc: Y.Doc, voteId: string): { counts: Record<string, number>; voters: number } {
  const counts: Record<string, number> = {};
  let voters = 0;
  for (const [key, itemIds] of doc.getMap<string[]>('ballots')) {
    if (!key.startsWith(`${voteId}:`) || itemIds.length === 0) continue;
    voters += 1;
    for (const itemId of itemIds) counts[itemId] = (counts[itemId] ?? 0) + 1;
  }
  return { counts, voters };
}
