import type { IncomingMessage } from 'node:http';

/**
 * Decides whether a WebSocket upgrade (ours or socket.io's) may come from the page that opened it.
 * Tokens already guard every connection; this is defence in depth against a page elsewhere using a
 * token it obtained. Allowed: no `Origin` at all (non-browser clients send none), the same origin
 * as the request's `Host`, `PUBLIC_URL`'s origin, and each of `CORS_ORIGINS`.
 */
export function createOriginCheck(options: {
  publicUrl?: string;
  corsOrigins: readonly string[];
}): (request: IncomingMessage) => boolean {
  const allowed = new Set<string>();
  for (const url of [options.publicUrl, ...options.corsOrigins]) {
    const origin = originOf(url);
    if (origin) allowed.add(origin);
  }
  return (request) => {
    const header = request.headers.origin;
    if (header === undefined) return true;
    const origin = originOf(header);
    if (!origin) return false;
    if (allowed.has(origin)) return true;
    // Same origin: the page was served by this host (whatever name or port the client used).
    return new URL(origin).host === request.headers.host;
  };
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
