import type { FastifyPluginAsync } from 'fastify';

/** `GET /api/config`: what the web client needs to know of the deployment (nothing secret). */
export const configRoutes: FastifyPluginAsync<{ tldrawLicenseKey?: string }> = async (fastify, options) => {
  fastify.get('/api/config', async () => ({
    ...(options.tldrawLicenseKey ? { tldrawLicenseKey: options.tldrawLicenseKey } : {}),
  }));
};
