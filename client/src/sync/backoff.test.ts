import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, reconnectDelay } from './backoff';

describe('reconnectDelay', () => {
  it('grows exponentially and stays within half and all of the base delay', () => {
    expect(reconnectDelay(1, 0)).toBe(100);
    expect(reconnectDelay(1, 0.999)).toBeLessThanOrEqual(200);
    expect(reconnectDelay(3, 0)).toBe(400);
    expect(reconnectDelay(3, 0.999)).toBeLessThanOrEqual(800);
  });

  it('is capped', () => {
    expect(reconnectDelay(30, 0.999)).toBeLessThanOrEqual(MAX_BACKOFF_MS);
    expect(reconnectDelay(30, 0)).toBe(MAX_BACKOFF_MS / 2);
  });

  it('spreads clients that retry at the same attempt', () => {
    const delays = new Set([0, 0.25, 0.5, 0.75].map((r) => reconnectDelay(6, r)));
    expect(delays.size).toBe(4);
  });
});
