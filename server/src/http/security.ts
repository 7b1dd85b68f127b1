import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Registers, on the root instance, security headers for everything served, and CORS: same-origin only unless CORS_ORIGINS lists
 * other origins. The CSP fits the SPA: own scripts only, inline styles (tldraw sets them), images
 * from data: and blob: URLs (pasted and exported pictures), WebSocket connections for sync.
 */
export async function registerSecurity(fastify: FastifyInstance, corsOrigins: string[]): Promise<void> {
  await fastify.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
    },
    // Tokens ride in URL fragments; never let a Referer carry a page URL elsewhere.
    referrerPolicy: { policy: 'no-referrer' },
  });
  await fastify.register(cors, {
    origin: corsOrigins.length > 0 ? corsOrigins : false,
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type'],
    maxAge: 600,
  });
}
