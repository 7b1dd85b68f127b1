import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.js';
import { isStorageUnavailable } from './storage-errors.js';

/** What each schema part is called in a 400 (`invalid body`, `invalid parameters`). */
const PART: Record<string, string> = {
  body: 'body',
  params: 'parameters',
  querystring: 'parameters',
  headers: 'headers',
};

/**
 * The one error handler of the HTTP API: a route schema mismatch is a 400 carrying the zod issues
 * (code, path, message; never the input itself), an `AppError` its own status and message, a disk
 * that is full or read-only a 503, any other client error its status, everything else a logged 500
 * that says nothing of its cause.
 */
export function replyWithError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((issue) => ({
      code: issue.keyword,
      path: issue.instancePath.split('/').filter(Boolean),
      message: issue.message,
    }));
    const part = PART[error.validationContext ?? 'body'] ?? 'input';
    return reply.status(400).send({ error: `invalid ${part}`, details: { issues } });
  }
  if (error instanceof AppError) {
    return reply.status(error.status).send({ error: error.message, details: error.details });
  }
  if (isStorageUnavailable(error)) {
    request.log.error({ err: error }, 'storage unavailable');
    return reply.status(503).send({ error: 'storage unavailable (disk full or read-only); try again later' });
  }
  const status = error.statusCode;
  if (status && status < 500) return reply.status(status).send({ error: error.message });
  request.log.error({ err: error }, 'request failed');
  return reply.status(500).send({ error: 'internal error' });
}
