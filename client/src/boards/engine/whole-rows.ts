import { startTransition, useEffect, useState } from 'react';

/**
 * Rows that arrive at once beyond this many (a long table opened, its document arriving) start
 * without their tools, links and comment buttons, about half of a row's DOM and most of its
 * subscriptions, and get them after the first paint. Fewer arrive whole.
 */
export const WHOLE_AT_ONCE = 24;
/**
 * Rows filled in per step: few steps, as each one lays the whole table out again; each is a
 * transition, which typing and remote edits interrupt.
 */
const PER_TASK = 64;

const ALL = Number.POSITIVE_INFINITY;

/**
 * How many of a table's first rows are drawn whole (Infinity: all of them), given how many it has.
 * A 200-row plan spent a third of its first render on the tools, links and comment buttons of rows
 * far below the view; when many rows arrive at once, those beyond the first WHOLE_AT_ONCE new ones
 * follow in short low-priority renders (transitions, which typing interrupts). Rows added one by
 * one are whole at once. A row also turns whole as soon as focus or the pointer reaches it
 * (DataRow), so keyboard and screen-reader use is never short of a control.
 */
export function useWholeRows(total: number): number {
  const [state, setState] = useState({ total: 0, whole: ALL });
  let { whole } = state;
  if (total !== state.total) {
    // Derived from the previous count during render (React's pattern for it): the rows that just
    // arrived are light in this very render, not whole for one render first.
    if (whole === ALL && total - state.total > WHOLE_AT_ONCE) whole = state.total + WHOLE_AT_ONCE;
    setState({ total, whole });
  }
  useEffect(() => {
    if (state.whole === ALL) return undefined;
    // A timer, so that the browser paints what is there before each step.
    const timer = setTimeout(() =>
      startTransition(() =>
        setState((s) => ({
          total: s.total,
          whole: s.whole + PER_TASK >= s.total ? ALL : s.whole + PER_TASK,
        })),
      ),
    );
    return () => clearTimeout(timer);
  }, [state.whole]);
  return whole;
}
