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
