import type { Page } from 'playwright-core';
import { type CreatedProgramme, createBoard, createInvite, createProgramme, join, openBoard } from './app.js';
import type { ContextOptions } from './browser.js';
import type { E2e } from './e2e.js';

type Shot = (page: Page, step: string) => Promise<void>;

/** Someone invited to the programme. */
export interface Guest {
  /** The invite's role value and its English label in the role select. */
  role: string;
  roleLabel: string;
  name: string;
  organisation?: string;
  /** Their device (default: a desktop). */
  device?: ContextOptions;
  /** False: only the invite link is made; they do not open it (default true). */
  join?: boolean;
}

export interface GatheringOptions {
  programme: { title: string; mentee: string; mentor: string; name: string; theme?: string };
  /** Boards the facilitator creates, by title, with the English label of their kind (default free canvas). */
  boards?: { title: string; kind?: string }[];
  guests: Guest[];
  /** The facilitator's device, or a page already open (to watch it from the start). */
  host?: ContextOptions | Page;
  /**
   * After joining, everyone opens this board with `open` (default: a canvas board, `openBoard`);
   * without it, everyone stays on the programme home.
   */
  board?: string;
  open?: (page: Page, title: string) => Promise<void>;
  /** Screenshots of the set-up's steps. */
  shot?: Shot;
}

/** The facilitator and the guests after {@link gather}. */
export interface Gathering {
  host: Page;
  /** One page per guest, in the order given (a guest who did not join has a blank page). */
  guests: Page[];
  /** The guests' invite links, in the order given. */
  links: string[];
  programme: CreatedProgramme;
  /** Uncaught page errors of everyone, to expect empty at the end. */
  errors: string[];
}

/**
 * N people on one board: a facilitator creates a programme and its boards, invites each guest, each
 * guest joins in their own browser profile, and everyone opens `board`. The set-up every e2e file
 * shares; what is under test comes after.
 */
export async function gather(e2e: E2e, options: GatheringOptions): Promise<Gathering> {
  const host = isPage(options.host) ? options.host : await (await e2e.context(options.host)).newPage();
  const guests: Page[] = [];
  for (const guest of options.guests) guests.push(await (await e2e.context(guest.device)).newPage());
  // One list that every page adds to as errors happen (not a copy of lists empty at this point).
  const errors: string[] = [];
  for (const page of [host, ...guests]) page.on('pageerror', (error) => errors.push(error.message));
  const shot = options.shot ?? (async () => undefined);

  const programme = await createProgramme(host, e2e.httpUrl, options.programme);
  await shot(host, 'a-programme-created');
  for (const board of options.boards ?? []) await createBoard(host, board.title, board.kind);
  const links: string[] = [];
  for (const guest of options.guests) links.push(await createInvite(host, guest.role, guest.roleLabel));
  await shot(host, 'a-board-and-invite');
  for (const [index, guest] of options.guests.entries()) {
    if (guest.join === false) continue;
    const page = guests[index]!;
    await join(page, links[index]!, guest.name, guest.organisation);
    await shot(page, index === 0 ? 'b-joined' : `b${index + 1}-joined`);
  }
  if (options.board) {
    const open = options.open ?? openBoard;
    for (const [index, page] of [host, ...guests].entries()) {
      if (index > 0 && options.guests[index - 1]!.join === false) continue;
      await open(page, options.board);
    }
  }
  return { host, guests, links, programme, errors };
}

function isPage(value: ContextOptions | Page | undefined): value is Page {
  return typeof (value as Page | undefined)?.goto === 'function';
}
