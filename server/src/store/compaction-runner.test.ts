import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCompactionRunner } from './compaction-runner.js';

describe('compaction runner', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits until the appends pause: each request pushes the compaction back', async () => {
    vi.useFakeTimers();
    const compactOnce = vi.fn(async (_docId: string) => true);
    const runner = createCompactionRunner(compactOnce, () => {}, { quietMs: 100 });
    // A burst: one request per append, 40 ms apart, for 400 ms.
    for (let i = 0; i < 10; i++) {
      runner.schedule('doc');
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(compactOnce).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60);
    expect(compactOnce).toHaveBeenCalledTimes(1);
    expect(compactOnce).toHaveBeenCalledWith('doc');
    await runner.close();
  });

  it('starts an urgent request at once, but only after the caller has returned', async () => {
    vi.useFakeTimers();
    const compactOnce = vi.fn(async (_docId: string) => true);
    const runner = createCompactionRunner(compactOnce, () => {}, { quietMs: 100 });
    runner.schedule('doc');
    runner.schedule('doc', true);
    // Not within the call: the appends just committed are answered first.
    expect(compactOnce).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(compactOnce).toHaveBeenCalledTimes(1);
    // The waiting (non-urgent) request was taken by the urgent one.
    await vi.advanceTimersByTimeAsync(200);
    expect(compactOnce).toHaveBeenCalledTimes(1);
    await runner.close();
  });

  it('does not push an urgent start back while requests keep coming', async () => {
    const compactOnce = vi.fn(async (_docId: string) => true);
    const runner = createCompactionRunner(compactOnce, () => {}, { quietMs: 60_000 });
    // Requests faster than a timer tick (one per turn of the event loop), for 200 ms.
    const until = Date.now() + 200;
    while (Date.now() < until && compactOnce.mock.calls.length === 0) {
      runner.schedule('doc', true);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(compactOnce).toHaveBeenCalled();
    await runner.close();
  });

  it('keeps documents apart and runs a request made during a compaction again after it', async () => {
    vi.useFakeTimers();
    let release: () => void = () => {};
    const compactOnce = vi.fn(
      (docId: string) =>
        new Promise<boolean>((resolve) => {
          if (docId === 'a' && compactOnce.mock.calls.length === 1) release = () => resolve(true);
          else resolve(true);
        }),
    );
    const runner = createCompactionRunner(compactOnce, () => {}, { quietMs: 10 });
    runner.schedule('a', true);
    await vi.advanceTimersByTimeAsync(0);
    runner.schedule('b', true);
    runner.schedule('a', true);
    await vi.advanceTimersByTimeAsync(0);
    expect(compactOnce.mock.calls.map(([docId]) => docId)).toEqual(['a', 'b']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(compactOnce.mock.calls.map(([docId]) => docId)).toEqual(['a', 'b', 'a']);
    await runner.close();
  });

  it('runs the compactions still waiting for a pause when closed', async () => {
    const compactOnce = vi.fn(async (_docId: string) => true);
    const runner = createCompactionRunner(compactOnce, () => {}, { quietMs: 60_000 });
    runner.schedule('a');
    runner.schedule('b');
    await runner.close();
    expect(compactOnce.mock.calls.map(([docId]) => docId).sort()).toEqual(['a', 'b']);
    runner.schedule('c', true);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(compactOnce).toHaveBeenCalledTimes(2);
  });
});
