import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice value of the import worker: it yields the cores to the main thread when both want them. */
export const IMPORT_THREAD_NICE = 10;

/**
 * Lowers the scheduling priority of the calling thread only (not the process) to `nice`. Linux
 * keeps a nice value per thread, and `setpriority` on a thread id (from /proc/thread-self) sets
 * that thread's; so a worker parsing a 50 MB import leaves the CPU to the main thread (sync,
 * /healthz) on a busy machine, yet uses an idle core fully. Elsewhere (no /proc/thread-self) the
 * call would renice the whole server, so it does nothing. Raising the nice value needs no
 * privilege. Returns whether it was applied.
 */
export function lowerThreadPriority(nice: number): boolean {
  let tid: number;
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>".
    tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return false;
  }
  if (!Number.isInteger(tid) || tid <= 0 || tid === process.pid) return false;
  try {
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
