import { afterEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AwarenessBatcher, awarenessWindowMs } from './awareness-batcher.js';

/** A room's awareness holding `people` remote states, and a way to move one person's cursor. */
function room(people: number) {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(null);
  const others = Array.from({ length: people }, () => new awarenessProtocol.Awareness(new Y.Doc()));
  const move = (who: number, x: number) => {
    const other = others[who]!;
    other.setLocalState({ cursor: { x } });
    const update = awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]);
    awarenessProtocol.applyAwarenessUpdate(awareness, update, 'client');
  };
  for (let who = 0; who < people; who++) move(who, 0);
  return { awareness, move };
}

describe('awareness batcher', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('batches at 20 a second in a small room and more slowly as the room grows', () => {
    expect(awarenessWindowMs(4)).toBe(50);
    expect(awarenessWindowMs(75)).toBe(100);
    expect(awarenessWindowMs(300)).toBe(400);
    expect(awarenessWindowMs(5_000)).toBe(1_000);
  });

  it.each([
    [20, 20],
    [300, 400],
  ])(
    'with %i people moving at 10 Hz, each recipient gets about one state per person per window',
    (people, windowMs) => {
      vi.useFakeTimers();
      const { awareness, move } = room(people);
      const flushed: number[] = [];
      const batcher = new AwarenessBatcher(awareness, (update) => {
        flushed.push(update.length);
      });
      for (let tick = 1; tick <= 30; tick++) {
        for (let who = 0; who < people; who++) move(who, tick);
        vi.advanceTimersByTime(100);
      }
      batcher.destroy();
      const seconds = 3;
      // Messages a second: one per window, so the bytes a client receives stay bounded per person.
      expect(flushed.length).toBeGreaterThanOrEqual(
        Math.floor((seconds * 1000) / Math.max(windowMs, 100)) - 1,
      );
      expect(flushed.length).toBeLessThanOrEqual(Math.ceil((seconds * 1000) / windowMs) + 1);
    },
  );
});
