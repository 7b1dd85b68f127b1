import { useTranslation } from 'react-i18next';
import { formatClock, minutesLeft, remainingMs } from './timer';
import { useNow } from './use-now';
import { useWorkshop } from './use-workshop-session';
import './workshop.css';

/** How long an ended timer stays on the board bar ("Time is up") before it leaves by itself. */
export const ENDED_TIMER_SHOWN_MS = 15_000;

/**
 * The shared timer as everyone sees it (remaining time from the server's clock). The clock itself
 * is hidden from screen readers; a polite live region says the minutes left once a minute.
 */
export function TimerDisplay({ size = 'normal' }: { size?: 'normal' | 'huge' }) {
  const { t } = useTranslation();
  const { snapshot } = useWorkshop();
  const { timer, offsetMs } = snapshot;
  const now = useNow(timer.status === 'running');
  if (timer.status === 'idle') {
    return size === 'huge' ? null : (
      <span className="timer timer-idle" data-testid="timer" data-status="idle">
        <span className="visually-hidden">{t('workshop.timerIdle')}</span>
      </span>
    );
  }
  const left = remainingMs(timer, offsetMs, now);
  const endedFor = timer.status === 'running' ? now + offsetMs - timer.endsAt : 0;
  if (size === 'normal' && endedFor > ENDED_TIMER_SHOWN_MS) {
    return (
      <span className="timer timer-idle" data-testid="timer" data-status="ended">
        <span className="visually-hidden">{t('workshop.timerIdle')}</span>
      </span>
    );
  }
  const minutes = minutesLeft(left);
  const spoken =
    left === 0
      ? t('workshop.timerOver')
      : `${t('workshop.timerLeft', { count: minutes })}${timer.status === 'paused' ? ` (${t('workshop.timerPaused')})` : ''}`;
  return (
    <span
      className={`timer timer-${size} timer-${timer.status}${left === 0 ? ' timer-over' : ''}`}
      data-testid="timer"
      data-status={timer.status}
      data-remaining-ms={left}
    >
      <span className="visually-hidden">{t('workshop.timer')}: </span>
      <span aria-hidden="true" className="timer-clock">
        {formatClock(left)}
      </span>
      {timer.status === 'paused' ? (
        <span aria-hidden="true" className="timer-paused-label">
          {t('workshop.timerPaused')}
        </span>
      ) : null}
      <span className="visually-hidden" aria-live="polite" aria-atomic="true">
        {spoken}
      </span>
    </span>
  );
}
