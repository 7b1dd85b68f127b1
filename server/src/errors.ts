import { CloseCode } from '@mentoring/shared/protocol/close-codes';

/** Every error the server reports on purpose, mapped once per transport below. */
export const ErrorCode = {
  badRequest: { status: 400, close: CloseCode.badMessage },
  unauthorized: { status: 401, close: CloseCode.unauthorized },
  forbidden: { status: 403, close: CloseCode.forbidden },
  notFound: { status: 404, close: CloseCode.forbidden },
  conflict: { status: 409, close: CloseCode.internal },
  tooLarge: { status: 413, close: CloseCode.documentTooLarge },
  tooCostly: { status: 422, close: CloseCode.updateTooCostly },
  rateLimited: { status: 429, close: CloseCode.rateLimited },
  tooManyConnections: { status: 429, close: CloseCode.tooManyConnections },
  unavailable: { status: 503, close: CloseCode.storeUnavailable },
  internal: { status: 500, close: CloseCode.internal },
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
  get closeCode(): { code: number; reason: string } {
    return ErrorCode[this.code].close;
  }
}
