import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { DotControls } from './DotControls';
import type { BoardWorkshop } from './use-board-workshop';
import { useCommand } from './use-command';
import type { VoteItem } from './vote-items';

/** Where a row's or card's dot goes: its row heading cell, or the card itself. */
const slotHost = (element: HTMLElement) => element.querySelector<HTMLElement>(':scope > th') ?? element;

/**
 * The rows (and, on narrow screens, cards) of a structured board on the page, by item id. Found in
 * the page rather than through the board engine, so that voting needs no change to how tables are
 * laid out; looked for again whenever the board's DOM changes (rows added, layout switched).
 */
function useRowSlots(itemIds: readonly string[], enabled: boolean): Map<string, HTMLElement> {
  const [slots, setSlots] = useState<Map<string, HTMLElement>>(new Map());
  const key = itemIds.join(',');
  useEffect(() => {
    if (!enabled) {
      setSlots(new Map());
      return;
    }
    const wanted = new Set(key.split(','));
    const made: HTMLElement[] = [];
    const scan = () => {
      const next = new Map<string, HTMLElement>();
      for (const element of document.querySelectorAll<HTMLElement>('.template-board [data-item-id]')) {
        const id = element.dataset.itemId;
        if (!id || !wanted.has(id) || next.has(id)) continue;
        const host = slotHost(element);
        let slot = host.querySelector<HTMLElement>(':scope > .row-vote-slot');
        if (!slot) {
          slot = document.createElement('span');
          slot.className = 'row-vote-slot';
          host.append(slot);
          made.push(slot);
        }
        next.set(id, slot);
      }
      setSlots((previous) =>
        previous.size === next.size && [...next].every(([id, el]) => previous.get(id) === el)
          ? previous
          : next,
      );
    };
    scan();
    let pending: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(pending);
      pending = setTimeout(scan, 100);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      clearTimeout(pending);
      for (const slot of made) slot.remove();
    };
  }, [key, enabled]);
  return slots;
}

/**
 * Dot voting on the rows of a structured board: while a vote is open, a small dot button on each
 * row or card that can receive dots (add a dot; with Shift, or once all dots are placed, the
 * button on a row holding my dot takes it back). The count of my dots shows beside the button.
 */
export function RowVoteDots({ tools }: { tools: BoardWorkshop }) {
  const { t } = useTranslation();
  const { run, busy } = useCommand();
  const vote = tools.vote?.vote ?? null;
  const open = vote?.status === 'open' && tools.canVote && tools.votable && !tools.onCanvas;
  const items: VoteItem[] = vote?.itemIds
    ? tools.voteItems.filter((item) => vote.itemIds?.includes(item.id))
    : tools.voteItems;
  const slots = useRowSlots(
    items.map((item) => item.id),
    open,
  );
  const mine = tools.myDots;
  if (!open || !vote) return null;
  const left = vote.dotsPerPerson - mine.length;

  const cast = async (itemId: string, remove: boolean) => {
    const result = await run('vote:cast', { boardId: tools.boardId, voteId: vote.id, itemId, remove });
    if (result.ok && Array.isArray(result.data)) {
      tools.setMyDots(
        vote.id,
        result.data.filter((id): id is string => typeof id === 'string'),
      );
    }
  };

  return (
    <>
      {items.map((item) => {
        const slot = slots.get(item.id);
        if (!slot) return null;
        const label = item.label || t('workshop.untitledItem');
        const placed = mine.filter((id) => id === item.id).length;
        const takeBack = placed > 0 && left <= 0;
        return createPortal(
          <span className="row-vote" data-testid="row-vote" data-item-id={item.id} data-placed={placed}>
            <DotControls
              label={label}
              placed={placed}
              left={left}
              takeBack={takeBack}
              enabled={left > 0 || placed > 0}
              busy={busy}
              cast={(remove) => void cast(item.id, remove)}
            />
          </span>,
          slot,
          item.id,
        );
      })}
    </>
  );
}
