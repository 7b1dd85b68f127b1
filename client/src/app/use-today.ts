import { useEffect, useState } from 'react';

/** The reader's calendar day, `YYYY-MM-DD` (local time: "overdue" is about the reader's day). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Milliseconds from `now` to just after the reader's next midnight. */
export function msToNextDay(now = new Date()): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
  return Math.max(1_000, next.getTime() - now.getTime());
}

/**
 * The reader's day, kept current without a reload: read on mount, again just after each local
 * midnight, and when the tab becomes visible again (a laptop woken the next morning: timers do
 * not run while it sleeps). What is overdue is computed from it, so it changes on its own.
 */
export function useToday(): string {
  const [today, setToday] = useState(localToday);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      clearTimeout(timer);
      setToday(localToday());
      timer = setTimeout(check, msToNextDay());
    };
    timer = setTimeout(check, msToNextDay());
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', check);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', check);
    };
  }, []);
  return today;
}
