import { HandshakeError } from '@mentoring/shared/protocol/handshake-errors';
import {
  type PresenceEntry,
  PresenceEntrySchema,
  SessionStateSchema,
} from '@mentoring/shared/protocol/session-events';
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { z } from 'zod';

const RosterSchema = z.object({ roster: z.array(PresenceEntrySchema) });

/**
 * The programme's live roster from the workshop session channel (socket.io, `auth.token`): who is
 * online now and on which board. Tells the server which board this page shows (null: the programme
 * home). Null roster until the first answer, without a token, or when the channel is unavailable.
 */
export function useSessionPresence(token: string | null, boardId: string | null): PresenceEntry[] | null {
  const [roster, setRoster] = useState<PresenceEntry[] | null>(null);
  const socketRef = useRef<Socket | null>(null);
  const boardRef = useRef(boardId);
  boardRef.current = boardId;

  useEffect(() => {
    if (!token) return;
    const socket = io({
      transports: ['websocket'],
      auth: { token },
      reconnectionDelay: 500,
      reconnectionDelayMax: 10_000,
      randomizationFactor: 0.5,
    });
    socketRef.current = socket;
    socket.on('connect', () => {
      socket
        .timeout(10_000)
        .emitWithAck('session:join', {})
        .then((ack: unknown) => {
          const state = z.object({ ok: z.literal(true), data: SessionStateSchema }).safeParse(ack);
          if (state.success) setRoster(state.data.data.roster);
        })
        .catch(() => undefined);
      socket.emit('presence:update', { boardId: boardRef.current });
    });
    socket.on('roster:changed', (payload: unknown) => {
      const parsed = RosterSchema.safeParse(payload);
      if (parsed.success) setRoster(parsed.data.roster);
    });
    socket.on('connect_error', (error: Error) => {
      // A refused handshake is final (socket.io does not retry middleware errors); show no roster.
      if (error.message === HandshakeError.unauthorized.message) setRoster(null);
    });
    return () => {
      socketRef.current = null;
      socket.disconnect();
    };
  }, [token]);

  useEffect(() => {
    socketRef.current?.emit('presence:update', { boardId });
  }, [boardId]);

  return roster;
}
