import { HandshakeError } from '@mentoring/shared/protocol/handshake-errors';
import {
  type Ack,
  AckSchema,
  ClientAcks,
  type ClientEventName,
  type ClientPayload,
  type FollowState,
  type PresenceEntry,
  type ServerEventName,
  ServerEvents,
  type ServerPayload,
  type TimerState,
} from '@mentoring/shared/protocol/session-events';
import { io } from 'socket.io-client';
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

const initial: WorkshopSnapshot = {
  connected: false,
  refused: false,
  roster: null,
  timer: { status: 'idle' },
  offsetMs: 0,
  follow: { active: false, boardId: null, viewport: null, scroll: null, leader: null, jump: 0 },
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
        const parsed = ClientAcks['session:join'].safeParse(ack);
        if (!parsed.success || !parsed.data.ok) return;
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
  /** Listens to a server event; payloads that do not validate are dropped. */
  const listen = <E extends ServerEventName>(event: E, apply: (payload: ServerPayload<E>) => void) => {
    socket.on(event as string, (payload: unknown) => {
      const parsed = ServerEvents[event].safeParse(payload);
      if (parsed.success) apply(parsed.data as ServerPayload<E>);
    });
  };
  listen('roster:changed', ({ roster }) => update({ roster }));
  listen('timer:changed', ({ timer, serverNow }) =>
    update({ timer, offsetMs: clockOffset(serverNow, Date.now()) }),
  );
  listen('follow:changed', ({ follow }) => update({ follow }));
  listen('spotlight:changed', ({ memberId }) => update({ spotlight: memberId }));

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
