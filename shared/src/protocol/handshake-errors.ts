/**
 * Messages of the Error a socket.io client receives in `connect_error` when the server refuses its
 * handshake (`auth: { token }`). `retry` tells the client whether reconnecting can help.
 */
export const HandshakeError = {
  /** Token missing, malformed, tampered with, expired or revoked. */
  unauthorized: { message: 'unauthorized', retry: false },
  /** Too many open connections to this programme. */
  tooManyConnections: { message: 'too-many-connections', retry: true },
  /** The store could not be asked; try again later. */
  unavailable: { message: 'unavailable', retry: true },
} as const;
export type HandshakeErrorName = keyof typeof HandshakeError;
