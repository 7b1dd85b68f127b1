import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Registers, on the root instance, security headers for everything served, and CORS: same-origin only unless CORS_ORIGINS lists
 * other origins. The CSP fits the SPA: own scripts only, inline styles (tldraw sets them), images
 * from data: and blob: URLs (pasted and exported pictures), WebSocket connections for sync to this
 * origin (CSP 3 `'self'` covers ws:/wss: of the same host) or PUBLIC_URL's, never to any host.
 */
export async function registerSecurity(
  fastify: FastifyInstance,
  { corsOrigins, publicUrl }: { corsOrigins: string[]; publicUrl?: string },
): Promise<void> {
  await fastify.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: connectSources(publicUrl),
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

/** A Host header fit to appear in a CSP source (host name or IP literal, optional port). */
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * `connect-src`: own origin, PUBLIC_URL and its WebSocket form, and the WebSocket form of the host
 * the page was asked from (browsers before CSP 3 do not count ws: as 'self'); never ws:/wss: to any
 * host.
 */
export function connectSources(publicUrl?: string): (string | ((req: IncomingMessage) => string))[] {
  const sources: (string | ((req: IncomingMessage) => string))[] = ["'self'"];
  if (publicUrl) {
    const url = new URL(publicUrl);
    sources.push(url.origin, `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`);
  }
  sources.push((req) => {
    const host = req.headers.host ?? '';
    if (!HOST.test(host)) return "'self'";
    return `${(req.socket as TLSSocket).encrypted ? 'wss:' : 'ws:'}//${host}`;
  });
  return sources;
}
