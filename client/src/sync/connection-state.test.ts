import { describe, expect, it } from 'vitest';
import { deniedReasonOf, deriveLink, type LinkFacts } from './connection-state';

const base: LinkFacts = {
  denied: false,
  browserOnline: true,
  wsConnected: false,
  synced: false,
  failedOnce: false,
};

describe('deriveLink', () => {
  it('is connecting until the first sync, then live', () => {
    expect(deriveLink(base)).toBe('connecting');
    expect(deriveLink({ ...base, wsConnected: true })).toBe('connecting');
    expect(deriveLink({ ...base, wsConnected: true, synced: true })).toBe('live');
  });

  it('is offline after a failure or when the browser is offline', () => {
    expect(deriveLink({ ...base, failedOnce: true })).toBe('offline');
    expect(deriveLink({ ...base, browserOnline: false, wsConnected: true, synced: true })).toBe('offline');
  });

  it('is denied whatever else holds', () => {
    expect(deriveLink({ ...base, denied: true, wsConnected: true, synced: true })).toBe('denied');
  });
});

describe('deniedReasonOf', () => {
  it('names the documented close codes', () => {
    expect(deniedReasonOf(4401)).toBe('unauthorized');
    expect(deniedReasonOf(4403)).toBe('forbidden');
    expect(deniedReasonOf(4413)).toBe('tooLarge');
    expect(deniedReasonOf(4999)).toBe('other');
  });
});
