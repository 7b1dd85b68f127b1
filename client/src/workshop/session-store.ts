import { HandshakeError } from '@mentoring/shared/protocol/handshake-errors';
import {
  type Ack,
  type ClientEventName,
  type ClientPayload,
  type FollowState,
  FollowStateSchema,
  type PresenceEntry,
  PresenceEntrySchema,
  SessionStateSchema,
  type TimerState,
  TimerStateSchema,
} from '@mentoring/shared/protocol/session-events';
import { io } from 'socket.io-client';
import { z } from 'zod';
import { clockOffset } from './timer';

/** Everything the workshop channel tells this page. */
export interface WorkshopSnapshot {
  /** False until the first `session:join` answer (and while disconnected). */
  connected: boolean;
  /** A refused handshake: the channel is not available with this token. */
  refused: boolean;
  roster: PresenceEntry[] | null;
  timer: TimerState;
  /** Server clock minus this device's clock, measured at the last server time received. */
  offsetMs: number;
  follow: FollowState;
  spotlight: string | null;
}

export type CommandResult = Ack<unknown>;

export interface WorkshopStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => WorkshopSnapshot;
  /** Sends a command and resolves with its ack (a timeout or a lost connection: `unavailable`). */
  send: <E extends ClientEventName>(event: E, payload: ClientPayload<E>) => Promise<CommandResult>;
  /** Which board this page shows (null: none) and whether the tab is hidden. */
  setPresence: (presence: { boardId?: string | null; away?: boolean }) => void;
  destroy: () => void;
}

const AckSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown().optional() }),
  z.object({
    ok: z.literal(false),
    error: z.enum(['invalid', 'forbidden', 'not-found', 'conflict', 'unavailable']),
    message: z.string(),
  }),
]);
const JoinAckSchema = z.object({ ok: z.literal(true), data: SessionStateSchema });
const RosterSchema = z.object({ roster: z.array(PresenceEntrySchema) });
const TimerSchema = z.object({ timer: TimerStateSchema, serverNow: z.number() });
const FollowSchema = z.object({ follow: FollowStateSchema });
const SpotlightSchema = z.object({ memberId: z.string().nullable() });

const initial: WorkshopSnapshot = {
  connected: false,
  refused: false,
  roster: null,
  timer: { status: 'idle' },
  offsetMs: 0,
  follow: { active: false, boardId: null, viewport: null, jump: 0 },
  spotlight: null,
};

/**
 * One socket.io connection to the workshop session channel (`auth.token`), reconnecting by itself,
 * with every server event validated and kept in one snapshot. Create one per page.
 */
export function createWorkshopStore(token: string): WorkshopStore {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  const presence: { boardId: string | null; away: boolean } = {
    boardId: null,
    away: typeof document !== 'undefined' && document.visibilityState === 'hidden',
  };
  const update = (change: Partial<WorkshopSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of listeners) listener();
  };
  const socket = io({
    transports: ['websocket'],
    auth: { token },
    reconnectionDelay: 500,
    reconnectionDelayMax: 10_000,
    randomizationFactor: 0.5,
  });

  socket.on('connect', () => {
    socket
      .timeout(10_000)
      .emitWithAck('session:join', {})
      .then((ack: unknown) => {
        const parsed = JoinAckSchema.safeParse(ack);
        if (!parsed.success) return;
        const { roster, timer, follow, spotlight, serverNow } = parsed.data.data;
        update({
          connected: true,
          refused: false,
          roster,
          timer,
          follow,
          spotlight,
          offsetMs: clockOffset(serverNow, Date.now()),
        });
      })
      .catch(() => undefined);
    socket.emit('presence:update', { boardId: presence.boardId, away: presence.away });
  });
  socket.on('disconnect', () => update({ connected: false }));
  socket.on('connect_error', (error: Error) => {
    // A refused handshake is final (socket.io does not retry middleware errors).
    if (error.message === HandshakeError.unauthorized.message) update({ refused: true, roster: null });
  });
  socket.on('roster:changed', (payload: unknown) => {
    const parsed = RosterSchema.safeParse(payload);
    if (parsed.success) update({ roster: parsed.data.roster });
  });
  socket.on('timer:changed', (payload: unknown) => {
    const parsed = TimerSchema.safeParse(payload);
    if (parsed.success)
      update({ timer: parsed.data.timer, offsetMs: clockOffset(parsed.data.serverNow, Date.now()) });
  });
  socket.on('follow:changed', (payload: unknown) => {
    const parsed = FollowSchema.safeParse(payload);
    if (parsed.success) update({ follow: parsed.data.follow });
  });
  socket.on('spotlight:changed', (payload: unknown) => {
    const parsed = SpotlightSchema.safeParse(payload);
    if (parsed.success) update({ spotlight: parsed.data.memberId });
  });

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    send: async (event, payload) => {
      try {
        const ack: unknown = await socket.timeout(10_000).emitWithAck(event, payload);
        const parsed = AckSchema.safeParse(ack);
        return parsed.success
          ? parsed.data
          : { ok: false, error: 'unavailable', message: 'unexpected answer from the server' };
      } catch {
        return { ok: false, error: 'unavailable', message: 'no answer from the server' };
      }
    },
    setPresence: (change) => {
      const next = { ...presence, ...change };
      if (next.boardId === presence.boardId && next.away === presence.away) return;
      Object.assign(presence, next);
      if (socket.connected)
        socket.emit('presence:update', { boardId: presence.boardId, away: presence.away });
    },
    destroy: () => {
      listeners.clear();
      socket.disconnect();
    },
  };
}
