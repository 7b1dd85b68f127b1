import type { TimerState } from '@mentoring/shared/protocol/session-events';

/** How far the server clock is ahead of this device's clock, measured when a server time arrives. */
export function clockOffset(serverNow: number, localNow: number): number {
  return serverNow - localNow;
}

/** Milliseconds left on the timer at local time `localNow`, corrected by the server clock offset. */
export function remainingMs(timer: TimerState, offsetMs: number, localNow: number): number {
  switch (timer.status) {
    case 'idle':
      return 0;
    case 'paused':
      return Math.max(0, timer.remainingMs);
    case 'running':
      return Math.max(0, timer.endsAt - (localNow + offsetMs));
  }
}

/** `m:ss` (or `h:mm:ss`), rounding up so that 0:00 shows only when the time is really over. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Whole minutes left (rounded up), for the polite live announcement that changes once a minute. */
export function minutesLeft(ms: number): number {
  return Math.ceil(Math.max(0, ms) / 60_000);
}
