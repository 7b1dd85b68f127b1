import { fileName } from '@mentoring/shared/export/file-name';
import type { Board } from '@mentoring/shared/schema/board';
import { CalendarFeedQuerySchema, CalendarLinkResponseSchema } from '@mentoring/shared/schema/calendar';
import type { Programme } from '@mentoring/shared/schema/programme';
import { VisitAgendaSchema } from '@mentoring/shared/schema/templates/visit-agenda';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type CalendarEvent, eventOfItem, eventsOfAgenda } from '../calendar/calendar-events.js';
import { calendarKeyOf, checkCalendarKey } from '../calendar/calendar-key.js';
import { icsOf } from '../calendar/ics.js';
import { AppError } from '../errors.js';
import { readBoard } from '../exports/board-snapshot.js';
import { contentDisposition } from '../exports/content-disposition.js';
import { EXPORT_STRINGS } from '../exports/strings.js';
import { type ApiDeps, linkBase, requireSession } from './api-kit.js';
import { BoardParams, ProgrammeParams } from './route-schemas.js';

const ItemParams = BoardParams.extend({ itemId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

function sendIcs(reply: FastifyReply, name: string, body: string): FastifyReply {
  return reply
    .status(200)
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', contentDisposition(name))
    .header('cache-control', 'no-store')
    .send(body);
}

async function agendaEvents(deps: ApiDeps, programme: Programme, board: Board): Promise<CalendarEvent[]> {
  const { content } = await readBoard(deps.rooms, board);
  const meeting = EXPORT_STRINGS[programme.language].report.meeting;
  return eventsOfAgenda(board.id, VisitAgendaSchema.parse(content), programme.language, meeting);
}

/**
 * The calendar of visits and meetings (see shared/src/schema/calendar.ts for the routes, and
 * calendar/calendar-key.ts for how the feed, which calendar apps fetch without headers, is protected).
 */
export const calendarRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  const one = { schema: { params: ItemParams } };
  fastify.get('/api/programmes/:id/boards/:boardId/items/:itemId/calendar', one, async (request, reply) => {
    const { id, boardId, itemId } = request.params;
    const session = await requireSession(deps, request, { programmeId: id, permission: 'read' });
    const board = (await deps.programmes.listBoards(id)).find((candidate) => candidate.id === boardId);
    if (board?.kind !== 'visit-agenda') throw new AppError('notFound', 'visit agenda not found');
    const { content } = await readBoard(deps.rooms, board);
    const { language } = session.programme;
    const meeting = EXPORT_STRINGS[language].report.meeting;
    const event = eventOfItem(board.id, VisitAgendaSchema.parse(content), itemId, language, meeting);
    if (!event) throw new AppError('notFound', 'no dated visit or meeting with this id');
    const body = icsOf(session.programme.title, [event], new Date());
    return sendIcs(reply, fileName([session.programme.title, event.summary], 'ics'), body);
  });

  const link = { schema: { params: ProgrammeParams, response: { 200: CalendarLinkResponseSchema } } };
  fastify.post('/api/programmes/:id/calendar-link', link, async (request, reply) => {
    const { id } = request.params;
    const session = await requireSession(deps, request, { programmeId: id, permission: 'read' });
    const key = calendarKeyOf(session, deps.calendarMac);
    const url = new URL(`/api/programmes/${encodeURIComponent(id)}/calendar.ics`, linkBase(deps, request));
    url.searchParams.set('key', key);
    request.log.info({ programmeId: id, memberId: session.member.id }, 'calendar link made');
    return reply.status(200).send({ url: url.toString() });
  });

  const feed = { schema: { params: ProgrammeParams, querystring: CalendarFeedQuerySchema } };
  fastify.get('/api/programmes/:id/calendar.ics', feed, async (request, reply) => {
    const { id } = request.params;
    await checkCalendarKey(request.query.key, id, { mac: deps.calendarMac, programmes: deps.programmes });
    const programme = await deps.programmes.getProgramme(id);
    if (!programme) throw new AppError('notFound', 'programme not found');
    const boards = (await deps.programmes.listBoards(id)).filter((board) => board.kind === 'visit-agenda');
    const events: CalendarEvent[] = [];
    for (const board of boards) events.push(...(await agendaEvents(deps, programme, board)));
    return sendIcs(reply, fileName([programme.title], 'ics'), icsOf(programme.title, events, new Date()));
  });
};
