import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const ConfigResponse = z.object({ tldrawLicenseKey: z.string().optional() });

/** `GET /api/config`: what the web client needs to know of the deployment (nothing secret). */
export const configRoutes: FastifyPluginAsyncZod<{ tldrawLicenseKey?: string }> = async (
  fastify,
  options,
) => {
  fastify.get('/api/config', { schema: { response: { 200: ConfigResponse } } }, async () => ({
    ...(options.tldrawLicenseKey ? { tldrawLicenseKey: options.tldrawLicenseKey } : {}),
  }));
};
