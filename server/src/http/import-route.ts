import type { IncomingMessage } from 'node:http';
import { CreateProgrammeResponseSchema } from '@mentoring/shared/schema/api';
import { IMPORT_BODY_LIMIT } from '@mentoring/shared/schema/exports';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../errors.js';
import { writeImport } from '../exports/import.js';
import { prepareInWorker } from '../exports/import-runner.js';
import type { ImportLimits } from '../limits/import-limits.js';
import { type ApiDeps, createdProgramme, nowIso } from './api-kit.js';
import { declaredLength, readImportBody } from './import-body.js';

/** How long a client refused for lack of an import slot is asked to wait. */
const RETRY_AFTER_S = 5;

/**
 * `POST /api/import` (no token, like creating a programme; body: a backup, up to 50 MB): recreates
 * it as a new programme → 201 `CreateProgrammeResponse`, with a facilitator token for the importer.
 *
 * Bounded, because it needs no token: `limits.perHour` imports per client address (429), at most
 * `limits.inProgress` at once on this node (503 + Retry-After, decided before the body is read, so
 * refused bodies are never buffered), and the body is parsed and decoded on a worker thread (see
 * exports/import-runner.ts); only the writes run here.
 */
export const importRoute: FastifyPluginAsyncZod<ApiDeps & { importLimits: ImportLimits }> = async (
  fastify,
  deps,
) => {
  const limits = deps.importLimits;
  let inProgress = 0;
  // The body stays bytes here: JSON.parse of 50 MB is itself a long block of the event loop. It is
  // read into one buffer as it arrives (see import-body.ts), not collected and concatenated.
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', (request: FastifyRequest, payload: IncomingMessage) =>
    readImportBody(payload, {
      limit: IMPORT_BODY_LIMIT,
      declaredLength: declaredLength(request.headers['content-length']),
    }),
  );

  fastify.post(
    '/api/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      // The body is parsed on a worker thread (see import-runner.ts), so only the reply is declared here.
      schema: { response: { 201: CreateProgrammeResponseSchema } },
      config: { rateLimit: { max: limits.perHour, timeWindow: 3_600_000 } },
      onRequest: async (_request, reply) => {
        if (inProgress >= limits.inProgress) {
          reply.header('retry-after', String(RETRY_AFTER_S));
          // Closing the connection after the answer stops Node reading (and discarding) the body.
          reply.header('connection', 'close');
          throw new AppError('unavailable', 'too many imports in progress; try again shortly');
        }
        inProgress += 1;
        // Whatever happens next (refusal, error, client gone), the slot comes back once.
        reply.raw.once('close', () => {
          inProgress -= 1;
        });
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError('badRequest', 'invalid body: JSON expected');
      const prepared = await prepareInWorker(request.body, limits);
      const made = await writeImport(deps, prepared, nowIso());
      request.log.info(
        { programmeId: made.programme.id, boards: prepared.boards.length },
        'programme imported',
      );
      return reply.status(201).send(createdProgramme(deps, request, made));
    },
  );
};
