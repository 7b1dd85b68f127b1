import type { TimerState } from '@mentoring/shared/protocol/session-events';

/** Pure timer transitions, in server time. Commands that do not apply leave the state unchanged. */
export const timerTransitions = {
  start: (_state: TimerState, now: number, durationMs: number): TimerState => ({
    status: 'running',
    durationMs,
    endsAt: now + durationMs,
  }),
  pause: (state: TimerState, now: number): TimerState =>
    state.status === 'running'
      ? { status: 'paused', durationMs: state.durationMs, remainingMs: Math.max(0, state.endsAt - now) }
      : state,
  resume: (state: TimerState, now: number): TimerState =>
    state.status === 'paused'
      ? { status: 'running', durationMs: state.durationMs, endsAt: now + state.remainingMs }
      : state,
  add: (state: TimerState, now: number, ms: number): TimerState => {
    if (state.status === 'running') {
      return {
        ...state,
        durationMs: Math.max(0, state.durationMs + ms),
        endsAt: Math.max(now, state.endsAt + ms),
      };
    }
    if (state.status === 'paused') {
      return {
        ...state,
        durationMs: Math.max(0, state.durationMs + ms),
        remainingMs: Math.max(0, state.remainingMs + ms),
      };
    }
    return state;
  },
  reset: (): TimerState => ({ status: 'idle' }),
};

/** Remaining time of a timer at `now` (server time). */
export function remainingMs(state: TimerState, now: number): number {
  if (state.status === 'running') return Math.max(0, state.endsAt - now);
  if (state.status === 'paused') return state.remainingMs;
  return 0;
}
