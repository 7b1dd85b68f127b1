import { CreateProgrammeResponseSchema } from '@mentoring/shared/schema/api';
import { LanguageSchema } from '@mentoring/shared/schema/programme';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildExample } from '../examples/build-example.js';
import { writeImport } from '../exports/import.js';
import { API_BODY_LIMIT, type ApiDeps, createdProgramme, nowIso } from './api-kit.js';

/** Examples one client address may create per hour: each one stores a programme and five boards. */
export const EXAMPLES_PER_HOUR = 20;

/** `POST /api/examples` body: the language the example's texts are written in. */
export const CreateExampleRequestSchema = z.object({ language: LanguageSchema });

/**
 * `POST /api/examples` (no token, like creating a programme): creates a new programme filled with
 * the guide's example "Jelgava learns from Schaerbeek" → 201 `CreateProgrammeResponse`, with a
 * facilitator token for whoever asked. Bounded per client address like imports.
 */
export const exampleRoute: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  fastify.post(
    '/api/examples',
    {
      bodyLimit: API_BODY_LIMIT,
      schema: { body: CreateExampleRequestSchema, response: { 201: CreateProgrammeResponseSchema } },
      config: { rateLimit: { max: EXAMPLES_PER_HOUR, timeWindow: 3_600_000 } },
    },
    async (request, reply) => {
      const now = nowIso();
      const made = await writeImport(deps, buildExample(request.body.language, now), now);
      request.log.info({ programmeId: made.programme.id }, 'example programme created');
      return reply.status(201).send(createdProgramme(deps, request, made));
    },
  );
};
