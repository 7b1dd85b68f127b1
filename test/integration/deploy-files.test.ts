import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES } from '../../server/src/config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Compose {
  services: Record<
    string,
    { environment?: Record<string, string>; command?: string[]; image?: string; build?: string }
  >;
}

// There is no Docker engine here: the compose file is checked by parsing it.
describe('docker-compose.yml', () => {
  const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as Compose;

  it('runs Redis with AOF, two server nodes and a proxy', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['node1', 'node2', 'proxy', 'redis']);
    expect(compose.services.redis?.command).toEqual(
      expect.arrayContaining(['--appendonly', 'yes', '--appendfsync']),
    );
  });

  it('gives each node only variables the server reads, Redis included', () => {
    for (const name of ['node1', 'node2']) {
      const env = compose.services[name]?.environment ?? {};
      expect(env.REDIS_URL).toMatch(/^redis:\/\/redis:6379/);
      for (const key of Object.keys(env)) expect(CONFIG_VARIABLES, `${name}.${key}`).toContain(key);
    }
  });

  it('balances WebSockets over both nodes in nginx without stickiness', () => {
    const nginx = fs.readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
    expect(nginx).toMatch(/server node1:3000/);
    expect(nginx).toMatch(/server node2:3000/);
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade/);
    expect(nginx).not.toMatch(/ip_hash|sticky|hash \$/);
  });
});
