import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('SECRET in the configuration', () => {
  it('is required in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SECRET: required when NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'production', SECRET: 's'.repeat(32) }).SECRET).toBe('s'.repeat(32));
  });

  it('is optional otherwise, and must be at least 32 characters when given', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).SECRET).toBeUndefined();
    expect(() => loadConfig({ SECRET: 'short' })).toThrow(/SECRET: must be at least 32 characters/);
  });

  it('parses PUBLIC_URL and CORS_ORIGINS', () => {
    const config = loadConfig({
      PUBLIC_URL: 'https://board.example.org/',
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    expect(config.PUBLIC_URL).toBe('https://board.example.org');
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL/);
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
  });
});

describe('TRUST_PROXY', () => {
  it('trusts nobody by default, and a hop count or proxy addresses when told', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.4,::1' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      '192.168.1.4',
      '::1',
    ]);
  });

  it('refuses what is neither', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY: must be false, a hop count/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'nginx' })).toThrow(/TRUST_PROXY/);
  });
});

describe('connection limits and timeouts', () => {
  it('have defaults and keep the headers timeout within the request timeout', () => {
    const config = loadConfig({});
    expect(config.MAX_CONNECTIONS_PER_ADDRESS).toBe(500);
    expect(config.HEADERS_TIMEOUT_MS).toBeLessThanOrEqual(config.REQUEST_TIMEOUT_MS);
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '1000' })).toThrow(
      /HEADERS_TIMEOUT_MS: must be at most REQUEST_TIMEOUT_MS/,
    );
  });
});

describe('Redis Sentinel settings', () => {
  it('parses the sentinels and needs a name and a REDIS_URL with them', () => {
    const config = loadConfig({
      REDIS_URL: 'redis://:pw@ignored/2',
      REDIS_SENTINELS: 'a.example:26379, 10.0.0.2:26380,[::1]:26381',
      REDIS_SENTINEL_NAME: 'board',
    });
    expect(config.REDIS_SENTINELS).toEqual([
      { host: 'a.example', port: 26379 },
      { host: '10.0.0.2', port: 26380 },
      { host: '::1', port: 26381 },
    ]);
    expect(() => loadConfig({ REDIS_URL: 'redis://x', REDIS_SENTINELS: 'a:1' })).toThrow(
      /REDIS_SENTINEL_NAME/,
    );
    expect(() => loadConfig({ REDIS_SENTINELS: 'a:1', REDIS_SENTINEL_NAME: 'b' })).toThrow(/REDIS_URL/);
    expect(() =>
      loadConfig({ REDIS_URL: 'redis://x', REDIS_SENTINELS: 'a', REDIS_SENTINEL_NAME: 'b' }),
    ).toThrow(/REDIS_SENTINELS: must be a comma-separated list of host:port/);
    expect(loadConfig({}).REDIS_WAIT_REPLICAS).toBe(0);
  });
});

describe('Redis Cluster settings', () => {
  it('needs REDIS_URL, and refuses sentinels and WAIT with it', () => {
    expect(loadConfig({ REDIS_URL: 'redis://n1:7000', REDIS_CLUSTER: 'true' }).REDIS_CLUSTER).toBe(true);
    expect(loadConfig({}).REDIS_CLUSTER).toBe(false);
    expect(() => loadConfig({ REDIS_CLUSTER: 'true' })).toThrow(/REDIS_CLUSTER: needs REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'redis://n', REDIS_CLUSTER: 'yes' })).toThrow(
      /REDIS_CLUSTER: must be true/,
    );
    expect(() =>
      loadConfig({ REDIS_URL: 'redis://n', REDIS_CLUSTER: 'true', REDIS_WAIT_REPLICAS: '1' }),
    ).toThrow(/REDIS_WAIT_REPLICAS: not supported/);
  });
});

describe('FAULT_POINT', () => {
  it('is taken in tests only, and only a known crash point', () => {
    expect(loadConfig({ NODE_ENV: 'test', FAULT_POINT: 'community-start-made' }).FAULT_POINT).toBe(
      'community-start-made',
    );
    expect(loadConfig({ NODE_ENV: 'test' }).FAULT_POINT).toBeUndefined();
    expect(() => loadConfig({ FAULT_POINT: 'community-start-made' })).toThrow(
      /FAULT_POINT: only when NODE_ENV=test/,
    );
    expect(() => loadConfig({ NODE_ENV: 'test', FAULT_POINT: 'anywhere' })).toThrow(/FAULT_POINT/);
  });
});
