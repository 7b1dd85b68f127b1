import type { FastifyPluginAsync } from 'fastify';
import type { DocStore } from '../store/doc-store.js';
import type { Rooms } from '../sync/rooms.js';

const PING_TIMEOUT_MS = 1_000;

/** `/healthz`: the process answers. `/readyz`: the store answers and no room has writes failing. */
export const healthRoutes: FastifyPluginAsync<{ store: DocStore; rooms: Rooms }> = async (
  fastify,
  { store, rooms },
) => {
  fastify.get('/healthz', async () => ({ ok: true }));
  fastify.get('/readyz', async (_request, reply) => {
    const storeOk = await withTimeout(store.ping(), PING_TIMEOUT_MS).then(
      () => true,
      () => false,
    );
    const writesOk = rooms.writable();
    const ready = storeOk && writesOk;
    return reply.status(ready ? 200 : 503).send({ ready, store: storeOk, writes: writesOk });
  });
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
