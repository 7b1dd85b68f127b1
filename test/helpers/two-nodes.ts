import { type RedisServer, startRedis } from './redis-server.js';
import { type ServerProcess, startServer } from './server-process.js';

export interface TwoNodes {
  redis: RedisServer;
  a: ServerProcess;
  b: ServerProcess;
  stop(): Promise<void>;
}

/**
 * One Redis and two server nodes sharing it, started together. If a node fails to start, what did
 * start is stopped before the error goes on, so a failed set-up leaves no process behind.
 */
export async function startTwoNodes(
  env: Record<string, string>,
  redisOptions?: Parameters<typeof startRedis>[0],
): Promise<TwoNodes> {
  const redis = await startRedis(redisOptions);
  const nodeEnv = { ...env, REDIS_URL: redis.url };
  const started = await Promise.allSettled([startServer(nodeEnv), startServer(nodeEnv)]);
  const nodes = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const [a, b] = nodes;
  if (!a || !b) {
    await Promise.all(nodes.map((node) => node.stop()));
    await redis.stop();
    const failure = started.find((result) => result.status === 'rejected');
    throw failure?.reason ?? new Error('a node did not start');
  }
  return {
    redis,
    a,
    b,
    async stop() {
      await Promise.all([a.stop(), b.stop()]);
      await redis.stop();
    },
  };
}
