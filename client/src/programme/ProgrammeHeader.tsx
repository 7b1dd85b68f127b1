import type { Programme } from '@mentoring/shared/schema/programme';
import type { Role } from '@mentoring/shared/schema/roles';
import { useTranslation } from 'react-i18next';

/** Title, the cities (two, or every city of a community of practice), the theme, and the reader's role. */
export function ProgrammeHeader({ programme, role }: { programme: Programme; role: Role }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="programme-title" className="programme-header">
      <h1 id="programme-title">{programme.title}</h1>
      <p className="lead">
        {programme.cities
          ? programme.cities.join(', ')
          : t('programme.citiesLine', { mentee: programme.menteeCity, mentor: programme.mentorCity })}
      </p>
      {programme.theme ? <p>{t('programme.themeLine', { theme: programme.theme })}</p> : null}
      <p>
        <span className="badge">{t('programme.yourRole', { role: t(`roles.${role}`) })}</span>
      </p>
    </section>
  );
}
