import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandFailure, useCommand } from './use-command';
import { useWorkshop } from './use-workshop-session';

/** The facilitator's timer: start with minutes, pause, resume, add a minute, reset. */
export function TimerControls() {
  const { t } = useTranslation();
  const { snapshot } = useWorkshop();
  const { run, failure, busy } = useCommand();
  const [minutes, setMinutes] = useState('5');
  const status = snapshot.timer.status;
  const onStart = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isFinite(value) || value <= 0) return;
    void run('timer:start', { durationMs: Math.round(value * 60_000) });
  };
  return (
    <section className="workshop-section" aria-labelledby="timer-controls-heading">
      <h2 id="timer-controls-heading">{t('workshop.timer')}</h2>
      <form className="workshop-row" onSubmit={onStart}>
        <label htmlFor="timer-minutes">{t('workshop.minutes')}</label>
        <input
          id="timer-minutes"
          type="number"
          min={1}
          max={240}
          step={1}
          inputMode="numeric"
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('workshop.start')}
        </button>
      </form>
      <div className="workshop-row">
        {status === 'running' ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run('timer:pause', {})}
          >
            {t('workshop.pause')}
          </button>
        ) : null}
        {status === 'paused' ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run('timer:resume', {})}
          >
            {t('workshop.resume')}
          </button>
        ) : null}
        {status !== 'idle' ? (
          <>
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-label={t('workshop.addMinuteLabel')}
              onClick={() => void run('timer:add', { ms: 60_000 })}
            >
              {t('workshop.addMinute')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run('timer:reset', {})}
            >
              {t('workshop.reset')}
            </button>
          </>
        ) : null}
      </div>
      <CommandFailure failure={failure} />
    </section>
  );
}
