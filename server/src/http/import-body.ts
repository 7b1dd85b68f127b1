import type { Readable } from 'node:stream';
import { AppError } from '../errors.js';

/** First size of the buffer when the client did not say how long the body is (chunked). */
const FIRST_GUESS = 1024 * 1024;

export interface BodyOptions {
  /** Most bytes accepted (413 beyond). */
  readonly limit: number;
  /** The request's Content-Length, when it sent one. */
  readonly declaredLength?: number;
}

/**
 * Reads an import body into one buffer, copying each chunk in as it arrives. Why not collect the
 * chunks and concatenate at the end (Fastify's `parseAs: 'buffer'`): that holds every chunk and then
 * their copy, twice the body, and the 50 MB copy runs in one go on the main thread. Here each chunk
 * is freed once copied, and the buffer is allocated once from Content-Length.
 *
 * The result owns its whole ArrayBuffer, so it can be handed to the import worker without a copy.
 * A declared length is allocated up front but the pages are only touched as bytes arrive; the
 * import route admits only IMPORTS_IN_PROGRESS bodies at once, so this is bounded.
 */
export function readImportBody(stream: Readable, { limit, declaredLength }: BodyOptions): Promise<Buffer> {
  if (declaredLength !== undefined && declaredLength > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    let buffer = Buffer.allocUnsafeSlow(declaredLength ?? Math.min(FIRST_GUESS, limit));
    let received = 0;
    let settled = false;
    const settle = (error: AppError | null) => {
      if (settled) return;
      settled = true;
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (error === null) return resolve(exact(buffer, received));
      // Stop reading; the error reply closes the connection (Fastify sets `connection: close`).
      stream.pause();
      reject(error);
    };
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      const total = received + bytes.length;
      if (total > limit) return settle(tooLarge(limit));
      if (total > buffer.length) {
        if (declaredLength !== undefined) {
          return settle(new AppError('badRequest', 'the body is longer than its Content-Length'));
        }
        const grown = Buffer.allocUnsafeSlow(Math.min(limit, Math.max(buffer.length * 2, total)));
        buffer.copy(grown, 0, 0, received);
        buffer = grown;
      }
      bytes.copy(buffer, received);
      received = total;
    };
    const onEnd = () => {
      if (declaredLength !== undefined && received !== declaredLength) {
        return settle(new AppError('badRequest', 'the body is shorter than its Content-Length'));
      }
      settle(null);
    };
    const onError = () => settle(new AppError('badRequest', 'the body could not be read'));
    const onClose = () => settle(new AppError('badRequest', 'the connection closed before the body ended'));
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
    stream.once('close', onClose);
    stream.resume();
  });
}

/** The request's Content-Length as a number, or undefined when absent or not a length. */
export function declaredLength(header: string | undefined): number | undefined {
  if (header === undefined || !/^\d+$/.test(header)) return undefined;
  return Number(header);
}

function tooLarge(limit: number): AppError {
  return new AppError('tooLarge', `the body is larger than ${limit} bytes`);
}

/** `buffer` cut to `length` bytes, as a buffer of its own (a copy only when the guess was too big). */
function exact(buffer: Buffer, length: number): Buffer {
  if (length === buffer.length) return buffer;
  const copy = Buffer.allocUnsafeSlow(length);
  buffer.copy(copy, 0, 0, length);
  return copy;
}
