import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { BoardWorkshop } from '../workshop/use-board-workshop';
import { useCommand } from '../workshop/use-command';

/** An open vote on a canvas, as the dot bars on its stickies need it (see {@link StickyVoteProvider}). */
export interface StickyVote {
  voteId: string;
  dotsPerPerson: number;
  /** The stickies the vote is about (null: every sticky). */
  itemIds: ReadonlySet<string> | null;
  /** My dots in this vote, one entry per dot. */
  mine: readonly string[];
  labelOf: (itemId: string) => string;
  busy: boolean;
  failure: string | null;
  cast: (itemId: string, remove: boolean) => Promise<void>;
}

const StickyVoteContext = createContext<StickyVote | null>(null);

/** The canvas's open vote I can put dots in, or null (no vote open, not a voter, not a canvas). */
export function useStickyVote(): StickyVote | null {
  return useContext(StickyVoteContext);
}

/**
 * Hands the board's open vote to the dot bars tldraw draws on the canvas (they render inside
 * tldraw's tree, far from the workshop tools): the vote, my dots and how to place or take one back,
 * through the workshop channel as the rows' dots do.
 */
export function StickyVoteProvider({ tools, children }: { tools: BoardWorkshop; children: ReactNode }) {
  const { run, busy, failure } = useCommand();
  const vote = tools.vote?.vote ?? null;
  const open = vote?.status === 'open' && tools.canVote && tools.onCanvas;
  const { boardId, myDots, setMyDots, voteItems } = tools;
  const value = useMemo<StickyVote | null>(() => {
    if (!open || !vote) return null;
    const labels = new Map(voteItems.map((item) => [item.id, item.label]));
    return {
      voteId: vote.id,
      dotsPerPerson: vote.dotsPerPerson,
      itemIds: vote.itemIds ? new Set(vote.itemIds) : null,
      mine: myDots,
      labelOf: (itemId) => labels.get(itemId) ?? '',
      busy,
      failure,
      cast: async (itemId, remove) => {
        const result = await run('vote:cast', { boardId, voteId: vote.id, itemId, remove });
        // Anonymous ballots cannot be read back from the document: the server's answer tells.
        if (result.ok && Array.isArray(result.data)) {
          setMyDots(
            vote.id,
            result.data.filter((id): id is string => typeof id === 'string'),
          );
        }
      },
    };
  }, [open, vote, voteItems, myDots, busy, failure, run, boardId, setMyDots]);
  return <StickyVoteContext.Provider value={value}>{children}</StickyVoteContext.Provider>;
}
