import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createOriginCheck } from './origin.js';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('WebSocket origin check', () => {
  const check = createOriginCheck({
    publicUrl: 'https://board.example.org',
    corsOrigins: ['https://partner.example.net'],
  });

  it('allows no Origin, the same origin, PUBLIC_URL and CORS_ORIGINS', () => {
    expect(check(request({ host: '10.0.0.5:3000' }))).toBe(true);
    expect(check(request({ host: '10.0.0.5:3000', origin: 'http://10.0.0.5:3000' }))).toBe(true);
    expect(check(request({ host: 'node1:3000', origin: 'https://board.example.org' }))).toBe(true);
    expect(check(request({ host: 'node1:3000', origin: 'https://partner.example.net' }))).toBe(true);
  });

  it('refuses any other origin, and origins that are not http(s)', () => {
    expect(check(request({ host: 'node1:3000', origin: 'https://evil.example' }))).toBe(false);
    expect(check(request({ host: 'node1:3000', origin: 'https://board.example.org.evil.example' }))).toBe(
      false,
    );
    expect(check(request({ host: 'node1:3000', origin: 'null' }))).toBe(false);
    expect(check(request({ host: 'node1:3000', origin: 'file://node1:3000' }))).toBe(false);
  });
});
