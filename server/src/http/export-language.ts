import { bestLanguage } from '@mentoring/shared/i18n/negotiate';
import type { Language, Programme } from '@mentoring/shared/schema/programme';
import type { FastifyRequest } from 'fastify';

/**
 * The language of an export: the one asked for (`?lang=`, already checked by the route's schema),
 * else the reader's, as their browser's `Accept-Language` says, else the programme's working
 * language. The content itself is exported as written; only labels, dates and metadata follow.
 */
export function exportLanguage(
  request: FastifyRequest,
  asked: Language | undefined,
  programme: Pick<Programme, 'language'>,
): Language {
  return asked ?? bestLanguage(request.headers['accept-language']) ?? programme.language;
}
