import { describe, expect, it } from 'vitest';
import { clockOffset, formatClock, remainingMs } from './timer';

describe('timer helpers', () => {
  it('corrects the remaining time by the server clock offset', () => {
    // The server is 5 s ahead of this device.
    const offset = clockOffset(105_000, 100_000);
    const timer = { status: 'running', durationMs: 60_000, endsAt: 165_000 } as const;
    expect(remainingMs(timer, offset, 100_000)).toBe(60_000);
    expect(remainingMs(timer, offset, 130_000)).toBe(30_000);
    expect(remainingMs(timer, offset, 200_000)).toBe(0);
  });

  it('keeps paused time and shows nothing when idle', () => {
    expect(remainingMs({ status: 'paused', durationMs: 60_000, remainingMs: 12_345 }, 999, 0)).toBe(12_345);
    expect(remainingMs({ status: 'idle' }, 0, 0)).toBe(0);
  });

  it('formats the clock rounding up', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(60_000)).toBe('1:00');
    expect(formatClock(3_600_000 + 61_000)).toBe('1:01:01');
  });
});
