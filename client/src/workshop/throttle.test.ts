import { describe, expect, it } from 'vitest';
import { createThrottle, type ThrottleClock } from './throttle';

function fakeClock() {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const clock: ThrottleClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const entry = { at: now + ms, fn };
      timers.push(entry);
      return entry;
    },
    clearTimeout: (handle) => {
      const index = timers.indexOf(handle as { at: number; fn: () => void });
      if (index >= 0) timers.splice(index, 1);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const entry of timers.filter((candidate) => candidate.at <= now)) {
      timers.splice(timers.indexOf(entry), 1);
      entry.fn();
    }
  };
  return { clock, advance };
}

describe('createThrottle', () => {
  it('calls at once, then at most once per interval with the latest arguments', () => {
    const { clock, advance } = fakeClock();
    const calls: number[] = [];
    const throttle = createThrottle((value: number) => calls.push(value), 200, clock);
    throttle.call(1);
    throttle.call(2);
    throttle.call(3);
    expect(calls).toEqual([1]);
    advance(199);
    expect(calls).toEqual([1]);
    advance(1);
    expect(calls).toEqual([1, 3]);
    advance(1_000);
    throttle.call(4);
    expect(calls).toEqual([1, 3, 4]);
  });

  it('drops a pending call when cancelled', () => {
    const { clock, advance } = fakeClock();
    const calls: number[] = [];
    const throttle = createThrottle((value: number) => calls.push(value), 200, clock);
    throttle.call(1);
    throttle.call(2);
    throttle.cancel();
    advance(500);
    expect(calls).toEqual([1]);
  });
});
