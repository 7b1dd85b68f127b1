import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../errors.js';
import type { ApiDeps } from './api-kit.js';
import { approvalRoutes } from './approval-routes.js';
import { boardRoutes } from './board-routes.js';
import { calendarRoutes } from './calendar-routes.js';
import { exampleRoute } from './example-route.js';
import { exportRoutes } from './export-routes.js';
import { gdprRoutes } from './gdpr-routes.js';
import { importRoute } from './import-route.js';
import { inviteRoutes } from './invite-routes.js';
import { joinCodeRoutes } from './join-code-routes.js';
import { journeyRoutes } from './journey-routes.js';
import { networkRoutes } from './network-routes.js';
import { programmeRoutes } from './programme-routes.js';
import { reportRoutes } from './report-routes.js';
import { versionRoutes } from './version-routes.js';

/**
 * Every `/api` route, behind a per-IP rate limit. The limit is registered inside this plugin so it
 * covers the API only: a workshop room shares one IP, and static files and health probes must not
 * use up its budget.
 */
export const apiRoutes: FastifyPluginAsync<ApiDeps> = async (fastify, deps) => {
  await fastify.register(rateLimit, {
    max: deps.rateLimitPerMinute,
    timeWindow: 60_000,
    // Thrown by the plugin, so it goes through the one error handler like every other refusal.
    errorResponseBuilder: (_request, context) =>
      new AppError('rateLimited', `too many requests; retry in ${Math.ceil(context.ttl / 1000)} s`),
  });
  await fastify.register(programmeRoutes, deps);
  await fastify.register(boardRoutes, deps);
  await fastify.register(inviteRoutes, deps);
  await fastify.register(joinCodeRoutes, deps);
  await fastify.register(gdprRoutes, deps);
  await fastify.register(versionRoutes, deps);
  await fastify.register(approvalRoutes, deps);
  await fastify.register(exportRoutes, deps);
  await fastify.register(calendarRoutes, deps);
  await fastify.register(reportRoutes, deps);
  await fastify.register(importRoute, deps);
  await fastify.register(journeyRoutes, deps);
  await fastify.register(exampleRoute, deps);
  await fastify.register(networkRoutes, deps);
};
