import { AppError } from '../errors.js';

/** Counts open connections per programme on this node. */
export interface ConnectionLimiter {
  /** Takes a slot; throws AppError('tooManyConnections') when none is left. Returns an idempotent release. */
  acquire(programmeId: string): () => void;
  count(programmeId: string): number;
}

/** A limiter allowing `max` connections per programme. */
export function createConnectionLimiter(max: number): ConnectionLimiter {
  const counts = new Map<string, number>();
  return {
    acquire(programmeId) {
      const open = counts.get(programmeId) ?? 0;
      if (open >= max) throw new AppError('tooManyConnections', 'too many connections to this programme');
      counts.set(programmeId, open + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (counts.get(programmeId) ?? 1) - 1;
        if (left > 0) counts.set(programmeId, left);
        else counts.delete(programmeId);
      };
    },
    count: (programmeId) => counts.get(programmeId) ?? 0,
  };
}
