import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORT_BODY_LIMIT } from '@mentoring/shared/schema/exports';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findAll, type NginxDirective, parseNginx } from '../helpers/nginx-conf.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const nginx = parseNginx(fs.readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8'));

/** nginx size syntax (`8m`, `512k`, `1024`) in bytes. */
function bytes(size: string): number {
  const match = /^(\d+)([kmg]?)$/i.exec(size);
  if (!match) throw new Error(`not a size: ${size}`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match[2] ?? '').toLowerCase()] ?? 1;
  return Number(match[1]) * unit;
}

const location = (matcher: string): NginxDirective | undefined =>
  findAll(nginx, 'location').find(({ directive }) => directive.args.join(' ') === matcher)?.directive;

describe('deploy/nginx.conf keeps tokens out of its logs', () => {
  it('logs with a format that has no query string, everywhere', () => {
    const formats = new Map(
      findAll(nginx, 'log_format').map(({ directive }) => [
        directive.args[0],
        directive.args.slice(1).join(''),
      ]),
    );
    const logs = findAll(nginx, 'access_log');
    // Without an access_log at http level nginx uses `combined`, whose $request has the query.
    expect(logs.some(({ parents }) => parents.map((p) => p.name).join('/') === 'http')).toBe(true);
    for (const { directive } of logs) {
      if (directive.args[0] === 'off') continue;
      const format = formats.get(directive.args[1] ?? 'combined');
      expect(format, `format of ${directive.args.join(' ')}`).toBeDefined();
      expect(format).not.toMatch(/\$(request\b|request_uri|args|query_string|arg_|is_args)/);
    }
  });

  it('keeps request lines (which hold ?token=) out of the error log of the WebSocket location', () => {
    const yjs = location('/yjs/');
    expect(yjs, 'a location for /yjs/').toBeDefined();
    const levels = findAll(yjs?.block ?? [], 'error_log').map(({ directive }) => directive.args[1]);
    expect(levels).toEqual(['crit']);
  });
});

describe('deploy/nginx.conf matches the server limits', () => {
  it('lets imports through up to the server limit and keeps other bodies small', () => {
    const server = findAll(nginx, 'server').find(({ directive }) => directive.block)?.directive;
    const general = findAll(server?.block ?? [], 'client_max_body_size').find(
      ({ parents }) => parents.length === 0,
    );
    expect(bytes(general?.directive.args[0] ?? '0')).toBeLessThanOrEqual(1024 * 1024);
    const imports = findAll(location('= /api/import')?.block ?? [], 'client_max_body_size');
    expect(bytes(imports[0]?.directive.args[0] ?? '0')).toBe(IMPORT_BODY_LIMIT);
  });

  it('caps connections per client address and times out half-open requests', () => {
    expect(findAll(nginx, 'limit_conn_zone')[0]?.directive.args[0]).toBe('$binary_remote_addr');
    expect(findAll(nginx, 'limit_conn')).toHaveLength(1);
    for (const name of ['client_header_timeout', 'client_body_timeout', 'keepalive_timeout']) {
      expect(findAll(nginx, name), name).toHaveLength(1);
    }
  });
});

describe('docker-compose.yml trusts only the proxy', () => {
  it('gives the nodes a hop count or addresses, never TRUST_PROXY=true', () => {
    const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
      services: Record<string, { environment?: Record<string, string> }>;
    };
    for (const name of ['node1', 'node2']) {
      const value = compose.services[name]?.environment?.TRUST_PROXY;
      expect(value, name).toBeDefined();
      expect(value).toMatch(/^\d+$|^[0-9a-f.:/, ]+$/i);
      expect(value).not.toMatch(/^(true|0?)$/i);
    }
  });
});
