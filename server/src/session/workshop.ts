import {
  type Ack,
  type ClientEventName,
  ClientEvents,
  FACILITATOR_EVENTS,
  type PresenceEntry,
  type ServerEventName,
  type ServerPayload,
  type SessionState,
} from '@mentoring/shared/protocol/session-events';
import { can } from '@mentoring/shared/schema/roles';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import type { Logger } from '../log.js';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import { type HandshakeServer, programmeRoom, type SessionSocketData } from './handshake.js';
import { followEnded } from './leave-rules.js';
import { createLeaveWatch } from './leave-watch.js';
import { colourOf, mergeRoster } from './roster.js';
import type { SessionStore } from './session-store.js';
import { timerTransitions } from './timer.js';
import type { BoardCommands } from './votes.js';

/** How often this node refreshes its sockets' presence records (they expire after 30 s). */
const PRESENCE_REFRESH_MS = 10_000;
const ROSTER_BATCH_MS = 50;

type WorkshopSocket = Socket<
  Record<string, never>,
  Record<string, never>,
  Record<string, never>,
  SessionSocketData
>;
type Handler<E extends ClientEventName> = (
  payload: z.output<(typeof ClientEvents)[E]>,
  socket: WorkshopSocket,
) => Promise<unknown>;

export interface WorkshopDeps {
  sessions: SessionStore;
  programmes: ProgrammeStore;
  commands: BoardCommands;
  log: Logger;
  /** How long a member may be gone before their hand goes down and follow-me they lead ends. */
  leaveGraceMs?: number;
}

/**
 * The workshop session channel: presence roster, raised hands, and the facilitator's commands
 * (follow-me, timer, locks, votes, spotlight). Every payload is validated; facilitator commands
 * from anyone else are refused with an error ack and never acted on.
 */
export function attachWorkshop(io: HandshakeServer, deps: WorkshopDeps): { close(): void } {
  const { sessions } = deps;
  const local = new Map<string, { programmeId: string; entry: PresenceEntry }>();
  const lastRoster = new Map<string, string>();

  /** Broadcasts to a programme; payloads are typed from the shared zod schemas the client parses. */
  const emit = <E extends ServerEventName>(programmeId: string, event: E, payload: ServerPayload<E>) =>
    (io.to(programmeRoom(programmeId)) as unknown as { emit(e: string, p: unknown): void }).emit(
      event,
      payload,
    );

  const roster = async (programmeId: string) =>
    mergeRoster(await sessions.listPresence(programmeId), await sessions.listHands(programmeId));

  // Roster changes come in bursts (a tab closes as another opens): one broadcast per burst, computed
  // after the last change, so an earlier computation can never arrive after a later one.
  const pendingRoster = new Map<string, NodeJS.Timeout>();
  const broadcastRoster = async (programmeId: string) => {
    if (pendingRoster.has(programmeId)) return;
    pendingRoster.set(
      programmeId,
      setTimeout(() => {
        pendingRoster.delete(programmeId);
        roster(programmeId).then((list) => {
          lastRoster.set(programmeId, JSON.stringify(list));
          emit(programmeId, 'roster:changed', { roster: list });
        }, logFailure);
      }, ROSTER_BATCH_MS),
    );
  };

  const leaving = createLeaveWatch({
    sessions,
    graceMs: deps.leaveGraceMs ?? 30_000,
    followChanged: (programmeId, follow) => emit(programmeId, 'follow:changed', { follow }),
    rosterChanged: (programmeId) => void broadcastRoster(programmeId),
    onError: logFailure,
  });

  const state = async (programmeId: string): Promise<SessionState> => ({
    roster: await roster(programmeId),
    timer: await sessions.getTimer(programmeId),
    follow: await sessions.getFollow(programmeId),
    spotlight: await sessions.getSpotlight(programmeId),
    serverNow: Date.now(),
  });

  const docOf = async (programmeId: string, boardId: string) => {
    const boards = await deps.programmes.listBoards(programmeId as never);
    const board = boards.find((candidate) => candidate.id === boardId);
    if (!board) throw new AppError('notFound', 'no such board in this programme');
    return board.docId;
  };

  const handlers: { [E in ClientEventName]: Handler<E> } = {
    'session:join': async (_payload, socket) => state(socket.data.session.programme.id),
    'presence:update': async (payload, socket) => {
      const mine = local.get(socket.id);
      if (!mine) return;
      if (payload.boardId !== undefined) mine.entry.boardId = payload.boardId;
      if (payload.away !== undefined) mine.entry.away = payload.away;
      await sessions.putPresence(mine.programmeId, socket.id, mine.entry);
      await broadcastRoster(mine.programmeId);
    },
    'hand:raise': async (_payload, socket) => {
      const { programme, member } = socket.data.session;
      await sessions.raiseHand(programme.id, member.id, Date.now());
      await broadcastRoster(programme.id);
    },
    'hand:lower': async (payload, socket) => {
      const { programme, member, role } = socket.data.session;
      const target = payload.memberId ?? member.id;
      if (target !== member.id && !can(role, 'facilitate')) {
        throw new AppError('forbidden', 'only a facilitator may lower someone else’s hand');
      }
      await sessions.lowerHand(programme.id, target);
      await broadcastRoster(programme.id);
    },
    'follow:start': async ({ tab, ...payload }, socket) => {
      const { member } = socket.data.session;
      return setFollow(socket, {
        active: true,
        ...payload,
        scroll: payload.scroll ?? null,
        leader: { memberId: member.id, name: member.displayName, ...(tab ? { tab } : {}) },
      });
    },
    'follow:move': async (payload, socket) => {
      // A move from a tab that led a round that has ended since (stopped, or its leader gone)
      // must not bring back a board for pages opened later.
      const current = await sessions.getFollow(socket.data.session.programme.id);
      if (!current.active) return current;
      return setFollow(socket, { ...payload, scroll: payload.scroll ?? null });
    },
    'follow:stop': async (_payload, socket) =>
      setFollow(socket, followEnded(await sessions.getFollow(socket.data.session.programme.id))),
    'follow:bring': async (payload, socket) => {
      const current = await sessions.getFollow(socket.data.session.programme.id);
      return setFollow(socket, { ...payload, scroll: payload.scroll ?? null, jump: current.jump + 1 });
    },
    'timer:start': async (payload, socket) =>
      changeTimer(socket, (t, now) => timerTransitions.start(t, now, payload.durationMs)),
    'timer:pause': async (_payload, socket) => changeTimer(socket, timerTransitions.pause),
    'timer:resume': async (_payload, socket) => changeTimer(socket, timerTransitions.resume),
    'timer:add': async (payload, socket) =>
      changeTimer(socket, (t, now) => timerTransitions.add(t, now, payload.ms)),
    'timer:reset': async (_payload, socket) => changeTimer(socket, timerTransitions.reset),
    'board:lock': async (payload, socket) => {
      const { programme, member } = socket.data.session;
      await deps.commands.lock(
        await docOf(programme.id, payload.boardId),
        payload.locked,
        member.displayName,
      );
    },
    'vote:open': async (payload, socket) =>
      deps.commands.openVote(await docOf(socket.data.session.programme.id, payload.boardId), payload),
    'vote:cast': async (payload, socket) => {
      const { programme, member, role } = socket.data.session;
      if (!can(role, 'editBoards')) throw new AppError('forbidden', 'observers do not vote');
      return deps.commands.cast(await docOf(programme.id, payload.boardId), member.id, payload);
    },
    'vote:close': async (payload, socket) =>
      deps.commands.setStatus(
        await docOf(socket.data.session.programme.id, payload.boardId),
        payload.voteId,
        'closed',
      ),
    'vote:reveal': async (payload, socket) =>
      deps.commands.setStatus(
        await docOf(socket.data.session.programme.id, payload.boardId),
        payload.voteId,
        'revealed',
      ),
    'member:spotlight': async (payload, socket) => {
      const programmeId = socket.data.session.programme.id;
      await sessions.setSpotlight(programmeId, payload.memberId);
      emit(programmeId, 'spotlight:changed', { memberId: payload.memberId });
    },
  };

  async function setFollow(socket: WorkshopSocket, patch: Partial<SessionState['follow']>) {
    const programmeId = socket.data.session.programme.id;
    const follow = { ...(await sessions.getFollow(programmeId)), ...patch };
    await sessions.setFollow(programmeId, follow);
    emit(programmeId, 'follow:changed', { follow });
    return follow;
  }

  async function changeTimer(
    socket: WorkshopSocket,
    change: (timer: SessionState['timer'], now: number) => SessionState['timer'],
  ) {
    const programmeId = socket.data.session.programme.id;
    const now = Date.now();
    const timer = change(await sessions.getTimer(programmeId), now);
    await sessions.setTimer(programmeId, timer);
    emit(programmeId, 'timer:changed', { timer, serverNow: Date.now() });
    return timer;
  }

  io.on('connection', (raw) => {
    const socket = raw as unknown as WorkshopSocket;
    const { programme, member, role } = socket.data.session;
    const entry: PresenceEntry = {
      memberId: member.id,
      name: member.displayName,
      organisation: member.organisation,
      role,
      colour: colourOf(member.id),
      boardId: null,
      away: false,
      handRaisedAt: null,
    };
    local.set(socket.id, { programmeId: programme.id, entry });
    void sessions.putPresence(programme.id, socket.id, entry).then(() => {
      leaving.touch(programme.id);
      return broadcastRoster(programme.id);
    }, logFailure);

    for (const name of Object.keys(handlers) as ClientEventName[]) {
      socket.on(
        name as never,
        ((payload: unknown, ack?: (result: Ack<unknown>) => void) => {
          const reply = typeof ack === 'function' ? ack : () => undefined;
          void handle(name, payload, socket).then(reply);
        }) as never,
      );
    }
    socket.on('disconnect', () => {
      local.delete(socket.id);
      void sessions.removePresence(programme.id, socket.id).then(() => {
        leaving.touch(programme.id);
        return broadcastRoster(programme.id);
      }, logFailure);
    });
  });

  async function handle(
    name: ClientEventName,
    payload: unknown,
    socket: WorkshopSocket,
  ): Promise<Ack<unknown>> {
    const parsed = ClientEvents[name].safeParse(payload ?? {});
    if (!parsed.success)
      return { ok: false, error: 'invalid', message: 'invalid payload', issues: parsed.error.issues };
    if (FACILITATOR_EVENTS.has(name) && !can(socket.data.session.role, 'facilitate')) {
      return { ok: false, error: 'forbidden', message: 'only a facilitator may do this' };
    }
    try {
      const data = await (handlers[name] as Handler<ClientEventName>)(parsed.data as never, socket);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError)
        return { ok: false, error: ackError(error.code), message: error.message };
      deps.log.error({ err: error, event: name }, 'session command failed');
      return { ok: false, error: 'unavailable', message: 'the command failed; try again' };
    }
  }

  function logFailure(error: unknown) {
    deps.log.warn({ err: (error as Error).message }, 'presence update failed');
  }

  // Refresh this node's presence records, and tell clients when records of a dead node expired.
  const timer = setInterval(() => {
    const programmes = new Set<string>();
    for (const [socketId, { programmeId, entry }] of local) {
      programmes.add(programmeId);
      void sessions.putPresence(programmeId, socketId, entry).catch(logFailure);
    }
    for (const programmeId of programmes) {
      void roster(programmeId).then(
        (list) =>
          JSON.stringify(list) !== lastRoster.get(programmeId) ? broadcastRoster(programmeId) : undefined,
        logFailure,
      );
    }
  }, PRESENCE_REFRESH_MS);
  timer.unref();
  return {
    close() {
      clearInterval(timer);
      leaving.close();
      for (const pending of pendingRoster.values()) clearTimeout(pending);
    },
  };
}

function ackError(code: AppError['code']): Exclude<Ack, { ok: true }>['error'] {
  if (code === 'forbidden' || code === 'unauthorized') return 'forbidden';
  if (code === 'notFound') return 'not-found';
  if (code === 'conflict') return 'conflict';
  if (code === 'badRequest') return 'invalid';
  return 'unavailable';
}
