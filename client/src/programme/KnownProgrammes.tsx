import { formatDateTime } from '@mentoring/shared/i18n/format';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { forgetSession, type KnownProgramme, knownProgrammes } from '../api/sessions';
import { useLanguage } from '../app/i18n';
import { paths } from '../app/paths';

/**
 * The programmes this device has joined (their tokens are kept in this browser), most recently
 * opened first, each with its role and when it was last opened, so people find their way back.
 * Removing one forgets its token on this device only; the person's access itself is unchanged.
 */
export function KnownProgrammes() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [known, setKnown] = useState<KnownProgramme[]>(() => knownProgrammes());
  const [removed, setRemoved] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleOf = (programme: KnownProgramme) => programme.title || t('firstRun.known.untitled');

  const remove = (programme: KnownProgramme) => {
    forgetSession(programme.id);
    setKnown(knownProgrammes());
    setRemoved(t('firstRun.known.removed', { title: titleOf(programme) }));
    // The removed row took the focus with it: put it somewhere that makes sense.
    headingRef.current?.focus();
  };

  if (known.length === 0 && removed === null) return null;
  return (
    <section className="card" aria-labelledby="known-heading">
      <h2 id="known-heading" ref={headingRef} tabIndex={-1}>
        {t('start.yourProgrammes')}
      </h2>
      <p className="muted">{t('firstRun.known.intro')}</p>
      <p className="visually-hidden" role="status">
        {removed}
      </p>
      {known.length === 0 ? <p>{t('firstRun.known.empty')}</p> : null}
      <ul className="plain-list known-programmes">
        {known.map((programme) => (
          <li key={programme.id} className="known-programme">
            <div>
              <Link to={paths.programme(programme.id)}>{titleOf(programme)}</Link>
              <p className="muted">
                {programme.role ? `${t(`roles.${programme.role}`)} · ` : ''}
                {programme.openedAt
                  ? t('firstRun.known.opened', { date: formatDateTime(language, programme.openedAt) })
                  : t('firstRun.known.neverOpened')}
              </p>
            </div>
            <button
              type="button"
              className="button small"
              aria-label={t('firstRun.known.removeLabel', { title: titleOf(programme) })}
              onClick={() => remove(programme)}
            >
              {t('firstRun.known.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
