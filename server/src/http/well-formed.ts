import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { illFormedPath } from '../unicode.js';

/**
 * `preValidation` hook: refuses (400) a request whose body, parameters or query hold text that is
 * not well-formed Unicode, before any route sees it. Runs before schema validation, for every route.
 */
export async function refuseIllFormedText(request: FastifyRequest): Promise<void> {
  for (const [where, value] of [
    ['body', request.body],
    ['params', request.params],
    ['query', request.query],
  ] as const) {
    const path = illFormedPath(value);
    if (path !== null) {
      throw new AppError('badRequest', 'text must be well-formed Unicode (it holds a lone surrogate)', {
        issues: [{ code: 'invalid_unicode', path: [where, ...path.split('.')], message: 'lone surrogate' }],
      });
    }
  }
}
