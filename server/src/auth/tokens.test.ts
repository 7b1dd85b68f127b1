import { InviteIdSchema, MemberIdSchema, ProgrammeIdSchema } from '@mentoring/shared/schema/ids';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { newId } from './ids.js';
import { createTokenSigner, type TokenClaims } from './tokens.js';

const secret = 'a'.repeat(16) + 'b'.repeat(16);
const now = Date.parse('2026-06-01T12:00:00Z');
const claims: TokenClaims = {
  v: 1,
  p: ProgrammeIdSchema.parse(newId()),
  r: 'mentor',
  i: InviteIdSchema.parse(newId()),
  m: MemberIdSchema.parse(newId()),
  e: now / 1000 + 3600,
};

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('capability tokens', () => {
  const signer = createTokenSigner(secret);

  it('round-trips claims and stays compact', () => {
    const token = signer.sign(claims);
    expect(signer.verify(token, now)).toEqual(claims);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(token.length).toBeLessThan(260);
  });

  it('refuses a token signed with another secret', () => {
    const other = createTokenSigner('c'.repeat(40)).sign(claims);
    const error = refusal(() => signer.verify(other, now));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toBe('invalid token');
  });

  it('refuses a tampered payload, for instance a promoted role', () => {
    const [, mac] = signer.sign(claims).split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, r: 'facilitator' })).toString('base64url');
    expect(refusal(() => signer.verify(`${forged}.${mac}`, now)).message).toBe('invalid token');
  });

  it('refuses a tampered signature, whatever its length', () => {
    const [payload, mac = ''] = signer.sign(claims).split('.');
    const flipped = `${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    for (const bad of [flipped, mac.slice(0, 20), `${mac}AAAA`, '']) {
      expect(refusal(() => signer.verify(`${payload}.${bad}`, now)).code).toBe('unauthorized');
    }
  });

  it('refuses garbage without throwing anything but AppError', () => {
    for (const bad of ['', '.', 'abc', 'a.b.c', 'not a token!.x', 'x'.repeat(5000), '%%%.%%%']) {
      expect(refusal(() => signer.verify(bad, now)).code).toBe('unauthorized');
    }
  });

  it('refuses an expired token, and accepts it until the second it expires', () => {
    const token = signer.sign(claims);
    expect(signer.verify(token, claims.e * 1000 - 1)).toEqual(claims);
    expect(refusal(() => signer.verify(token, claims.e * 1000)).message).toBe('token expired');
  });

  it('never signs claims that do not match the schema', () => {
    expect(() => signer.sign({ ...claims, r: 'admin' } as unknown as TokenClaims)).toThrow();
  });

  it('never puts the token into an error message', () => {
    const token = signer.sign({ ...claims, e: now / 1000 - 1 });
    const error = refusal(() => signer.verify(token, now));
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain(
      token.slice(0, 20),
    );
  });

  it('requires a secret of at least 32 characters', () => {
    expect(() => createTokenSigner('short')).toThrow();
  });
});

describe('ids', () => {
  it('carries at least 128 random bits, URL-safe', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
