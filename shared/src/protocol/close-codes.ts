/**
 * Every WebSocket close code the server uses on `/yjs/:docId`. 4000–4999 are application codes;
 * the client decides from `reconnect` whether retrying can help.
 */
export const CloseCode = {
  /** Server shutting down or node draining: reconnect (another node may answer). */
  goingAway: { code: 1001, reason: 'server going away', reconnect: true },
  /** Frame over MAX_MESSAGE_BYTES (sent by the ws library itself). */
  frameTooLarge: { code: 1009, reason: 'message too large', reconnect: true },
  /** A message that does not decode: unknown type, truncated varint, update that does not parse. */
  badMessage: { code: 4400, reason: 'malformed message', reconnect: true },
  /** Token missing, invalid, expired or revoked. */
  unauthorized: { code: 4401, reason: 'not authorised', reconnect: false },
  /** Token valid, but not for this document. */
  forbidden: { code: 4403, reason: 'forbidden', reconnect: false },
  /** The document would grow past MAX_DOC_BYTES. */
  documentTooLarge: { code: 4413, reason: 'document too large', reconnect: false },
  /**
   * An update, or the document it would make, over MAX_UPDATE_COST / MAX_DOC_COST (structs plus
   * delete ranges): valid, but too costly to apply. Retrying the same update cannot help.
   */
  updateTooCostly: { code: 4422, reason: 'update too costly', reconnect: false },
  /** Too many messages per second from this connection. */
  rateLimited: { code: 4429, reason: 'too many messages', reconnect: true },
  /** Too many connections to one programme or document. */
  tooManyConnections: { code: 4430, reason: 'too many connections', reconnect: true },
  /**
   * The stored document was written in a newer data format than this server understands: it is
   * neither served nor written. Retrying helps once an upgraded node answers (a rolling deploy).
   */
  formatTooNew: { code: 4426, reason: 'document saved by a newer server version', reconnect: true },
  /** The stored document could not be loaded; retry later. */
  storeUnavailable: { code: 4503, reason: 'store unavailable', reconnect: true },
  /** Unexpected server error on this connection only. */
  internal: { code: 4500, reason: 'internal error', reconnect: true },
} as const;
export type CloseCodeName = keyof typeof CloseCode;

/** Looks up a close code's entry by its number. */
export function describeCloseCode(code: number): (typeof CloseCode)[CloseCodeName] | undefined {
  return Object.values(CloseCode).find((entry) => entry.code === code);
}
