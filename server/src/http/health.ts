import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WritableCheck } from '../data-dir.js';
import type { DocStore } from '../store/doc-store.js';
import type { Rooms } from '../sync/rooms.js';

const PING_TIMEOUT_MS = 1_000;
const Health = z.object({ ok: z.literal(true) });
const Readiness = z.object({
  ready: z.boolean(),
  store: z.boolean(),
  writes: z.boolean(),
  /** Why not ready. */
  reason: z.string().optional(),
});

/**
 * `/healthz`: the process answers. `/readyz`: the store answers, its data folder (SQLite) can be
 * written, and no room has writes failing; when not ready, `reason` says why.
 */
export const healthRoutes: FastifyPluginAsyncZod<{
  store: DocStore;
  rooms: Rooms;
  dataDir?: WritableCheck;
}> = async (fastify, { store, rooms, dataDir }) => {
  fastify.get('/healthz', { schema: { response: { 200: Health } } }, async () => ({ ok: true as const }));
  const readiness = { schema: { response: { 200: Readiness, 503: Readiness } } };
  fastify.get('/readyz', readiness, async (_request, reply) => {
    const storeOk = await withTimeout(store.ping(), PING_TIMEOUT_MS).then(
      () => true,
      () => false,
    );
    const diskProblem = (await dataDir?.problem()) ?? null;
    const writesOk = rooms.writable() && diskProblem === null;
    const ready = storeOk && writesOk;
    const reason = !storeOk
      ? 'the store does not answer'
      : (diskProblem ?? (writesOk ? undefined : 'writes to the store are failing'));
    return reply
      .status(ready ? 200 : 503)
      .send({ ready, store: storeOk, writes: writesOk, ...(reason ? { reason } : {}) });
  });
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
