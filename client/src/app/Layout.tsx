import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router-dom';
import { useLeave } from './LeaveDialog';
import { PersonMenu } from './PersonMenu';
import { usePerson } from './use-person';

/** The frame of every page but the boards: skip link, header with the person menu, main. */
export function Layout() {
  const { t } = useTranslation();
  const { programmeId } = useParams();
  const person = usePerson(programmeId);
  const leave = useLeave(person ? programmeId : undefined);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          <img className="brand-mark" src="/favicon.svg" alt="" width="28" height="28" />
          {t('app.name')}
        </Link>
        <PersonMenu person={person} onLeave={leave.ask} />
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
      {leave.dialog}
    </>
  );
}
