import type { Ack, FollowState, PresenceEntry, TimerState } from '@mentoring/shared/protocol/session-events';
import type { Socket } from 'socket.io-client';

/** Sends a session-channel event and waits for the server's acknowledgement. */
export function send<T = unknown>(socket: Socket, event: string, payload: unknown): Promise<Ack<T>> {
  return socket.timeout(5_000).emitWithAck(event, payload) as Promise<Ack<T>>;
}

/** The latest roster, timer and follow-me state a socket was sent. */
export interface SessionSeen {
  roster: PresenceEntry[];
  timer: TimerState | null;
  follow: FollowState | null;
}

/** Keeps what the session channel last told `socket`, for tests to wait on. */
export function watch(socket: Socket): SessionSeen {
  const seen: SessionSeen = { roster: [], timer: null, follow: null };
  socket.on('roster:changed', ({ roster }: { roster: PresenceEntry[] }) => {
    seen.roster = roster;
  });
  socket.on('timer:changed', ({ timer }: { timer: TimerState }) => {
    seen.timer = timer;
  });
  socket.on('follow:changed', ({ follow }: { follow: FollowState }) => {
    seen.follow = follow;
  });
  return seen;
}
