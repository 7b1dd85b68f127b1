import { spawn } from 'node:child_process';
import { createCluster } from 'redis';
import { freePort, type RedisServer, startRedis } from './redis-server.js';

/** Three redis-server masters in cluster mode (no replicas), slots spread by `redis-cli --cluster create`. */
export interface RedisCluster {
  masters: RedisServer[];
  /** A node to give REDIS_URL (the others are discovered). */
  url: string;
  /** The master holding `key`. */
  masterOf(key: string): Promise<RedisServer>;
  /** A cluster client of the test's own (closed by stop). */
  client: ReturnType<typeof createCluster>;
  /** Until every node reports `cluster_state:ok` (e.g. after a master came back). */
  ready(): Promise<void>;
  stop(): Promise<void>;
}

function redisCli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('redis-cli', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`redis-cli ${args.join(' ')}:\n${output}`)),
    );
  });
}

async function clusterOk(port: number): Promise<boolean> {
  const info = await redisCli(['-p', String(port), 'cluster', 'info']).catch(() => '');
  return info.includes('cluster_state:ok');
}

/**
 * Starts three masters (`appendfsync always`, node timeout 2 s, each on a free port with a free
 * cluster-bus port) and joins them into one cluster.
 */
export async function startRedisCluster(): Promise<RedisCluster> {
  const masters: RedisServer[] = [];
  let client: ReturnType<typeof createCluster> | null = null;
  const stop = async () => {
    if (client?.isOpen) await client.close().catch(() => undefined);
    await Promise.all(masters.map((master) => master.stop()));
  };
  const ready = async () => {
    const deadline = Date.now() + 20_000;
    for (const master of masters) {
      while (!(await clusterOk(master.port))) {
        if (Date.now() > deadline) throw new Error(`redis cluster node ${master.port} never became ok`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  try {
    for (let i = 0; i < 3; i++) {
      // The bus port is chosen here, not port + 10000, which may be taken or past 65535.
      const bus = await freePort();
      const args = ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf'];
      args.push('--cluster-node-timeout', '2000', '--cluster-port', String(bus));
      masters.push(await startRedis({ appendfsync: 'always', args }));
    }
    await redisCli([
      '--cluster',
      'create',
      ...masters.map((master) => `127.0.0.1:${master.port}`),
      '--cluster-yes',
    ]);
    await ready();
    client = createCluster({ rootNodes: [{ url: masters[0]?.url ?? '' }] });
    client.on('error', () => undefined);
    await client.connect();
  } catch (error) {
    await stop();
    throw error;
  }
  const connected = client;
  return {
    masters,
    url: masters[0]?.url ?? '',
    client: connected,
    ready,
    async masterOf(key) {
      const slot = Number(await redisCli(['-p', String(masters[0]?.port), 'cluster', 'keyslot', key]));
      const node = connected.getSlotMaster(slot);
      const master = masters.find((m) => m.port === node.port);
      if (!master) throw new Error(`no master for slot ${slot}`);
      return master;
    },
    stop,
  };
}
