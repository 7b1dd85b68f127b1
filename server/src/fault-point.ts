/**
 * Crash points for tests. A crash test must kill a node at one exact step (say, after a community's
 * start is claimed and its programme made, before it is marked started); a timed kill from outside
 * almost never lands there. With FAULT_POINT=<name> (NODE_ENV=test only, config.ts) the process
 * SIGKILLs itself when it reaches that step: a real kill -9, no handler or finally block runs.
 */
import type { FaultPoint } from './config.js';

export type { FaultPoint };

/** Called at each named step; dies there when that step is the armed one, otherwise does nothing. */
export type FaultHook = (point: FaultPoint) => void;

export function faultHook(armed: FaultPoint | undefined): FaultHook {
  if (!armed) return () => undefined;
  return (point) => {
    if (point === armed) process.kill(process.pid, 'SIGKILL');
  };
}
