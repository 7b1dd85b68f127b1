import { JourneyResponseSchema } from '@mentoring/shared/journey/api';
import { JourneyChangeSchema } from '@mentoring/shared/journey/settings';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createJourneySettingsStore } from '../journey/journey-settings.js';
import { API_BODY_LIMIT, type ApiDeps, requireSession } from './api-kit.js';
import { ProgrammeParams } from './route-schemas.js';

/**
 * The programme's journey (issue 14): `GET` answers the summary the server keeps of every step
 * (journey/journey-summary.ts) to anyone who may read the programme; `PATCH` records one of the facilitator's choices (skip a step, mark a manual
 * step done, add or remove a step) and answers the journey as it now is.
 */
export const journeyRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  const settings = createJourneySettingsStore(deps.rooms);

  const get = { schema: { params: ProgrammeParams, response: { 200: JourneyResponseSchema } } };
  fastify.get('/api/programmes/:id/journey', get, async (request, reply) => {
    const { id } = request.params;
    await requireSession(deps, request, { programmeId: id, permission: 'read' });
    return reply.status(200).send(await deps.journey.get(id));
  });

  fastify.patch(
    '/api/programmes/:id/journey',
    {
      bodyLimit: API_BODY_LIMIT,
      schema: {
        params: ProgrammeParams,
        body: JourneyChangeSchema,
        response: { 200: JourneyResponseSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      // The facilitator decides the shape of the journey (guide, chapter 4).
      await requireSession(deps, request, { programmeId: id, permission: 'facilitate' });
      await settings.change(id, request.body);
      // Computed and stored before the answer, so every member's page has it as this one does.
      return reply.status(200).send(await deps.journey.refresh(id));
    },
  );
};
