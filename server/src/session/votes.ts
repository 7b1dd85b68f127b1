import { randomBytes } from 'node:crypto';
import {
  readBallot,
  readVote,
  setBoardLocked,
  type Vote,
  writeBallot,
  writeVote,
} from '@mentoring/shared/doc/session';
import type { ClientEvents } from '@mentoring/shared/protocol/session-events';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import type { Rooms } from '../sync/rooms.js';

type Payload<E extends keyof typeof ClientEvents> = z.output<(typeof ClientEvents)[E]>;

/**
 * Board commands that change the document itself (votes, locks): written by the server through
 * Rooms.change, so they are stored like any edit and reach every node through the document.
 */
export function createBoardCommands(deps: {
  rooms: Rooms;
  voterKey: (voteId: string, memberId: string) => string;
}) {
  const { rooms } = deps;
  return {
    lock(docId: string, locked: boolean, by: string): Promise<void> {
      return rooms.change(docId, (doc) => setBoardLocked(doc, locked, by));
    },

    async openVote(docId: string, payload: Payload<'vote:open'>): Promise<Vote> {
      const vote: Vote = {
        id: randomBytes(16).toString('base64url'),
        title: payload.title,
        itemIds: payload.itemIds ?? null,
        dotsPerPerson: payload.dotsPerPerson,
        anonymous: payload.anonymous,
        status: 'open',
        openedAt: Date.now(),
      };
      await rooms.change(docId, (doc) => writeVote(doc, vote));
      return vote;
    },

    /** Adds (or with `remove`, takes back) one dot of a member; refuses past the vote's dots. */
    cast(docId: string, memberId: string, payload: Payload<'vote:cast'>): Promise<string[]> {
      return rooms.change(docId, (doc) => {
        const vote = readVote(doc, payload.voteId);
        if (!vote) throw new AppError('notFound', 'no such vote');
        if (vote.status !== 'open') throw new AppError('conflict', 'the vote is closed');
        if (vote.itemIds && !vote.itemIds.includes(payload.itemId)) {
          throw new AppError('badRequest', 'that item is not part of the vote');
        }
        const key = vote.anonymous ? deps.voterKey(vote.id, memberId) : memberId;
        const ballot = readBallot(doc, vote.id, key);
        let next: string[];
        if (payload.remove) {
          const at = ballot.lastIndexOf(payload.itemId);
          if (at === -1) return ballot;
          next = [...ballot.slice(0, at), ...ballot.slice(at + 1)];
        } else {
          if (ballot.length >= vote.dotsPerPerson) throw new AppError('conflict', 'no dots left');
          next = [...ballot, payload.itemId];
        }
        writeBallot(doc, vote.id, key, next);
        return next;
      });
    },

    setStatus(docId: string, voteId: string, status: 'closed' | 'revealed'): Promise<void> {
      return rooms.change(docId, (doc) => {
        const vote = readVote(doc, voteId);
        if (!vote) throw new AppError('notFound', 'no such vote');
        writeVote(doc, { ...vote, status });
      });
    },
  };
}
export type BoardCommands = ReturnType<typeof createBoardCommands>;
