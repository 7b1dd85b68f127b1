/**
 * Every error the server reports on purpose, with its HTTP status (mapped once, in app.ts's error
 * handler). WebSocket connections are never closed with an AppError: a refused upgrade is answered
 * in HTTP with the same status, and an open connection closes with a code of the close-code table
 * (`@mentoring/shared/protocol/close-codes`), chosen where the reason is known.
 */
export const ErrorCode = {
  badRequest: { status: 400 },
  unauthorized: { status: 401 },
  forbidden: { status: 403 },
  notFound: { status: 404 },
  conflict: { status: 409 },
  tooLarge: { status: 413 },
  tooCostly: { status: 422 },
  /** An upload (a backup) in a data format newer than this server understands. */
  newerFormat: { status: 422 },
  rateLimited: { status: 429 },
  tooManyConnections: { status: 429 },
  unavailable: { status: 503 },
  internal: { status: 500 },
} as const;
export type ErrorCodeName = keyof typeof ErrorCode;

/** An error whose message is safe to show the client (never a token, never a stack). */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCodeName,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  get status(): number {
    return ErrorCode[this.code].status;
  }
}
