import { addStandardVisits } from '@mentoring/shared/doc/examples/standard-visits';
import { visits } from '@mentoring/shared/doc/visit-agenda';
import { useProgrammeScope, useScope } from '../fields/board-scope';
import { useListIds } from '../fields/use-y';

/** On an empty agenda: adds the guide's three visits with their usual sessions, to adapt. */
export function StandardVisits() {
  const { t, doc, me, readOnly, language, announce } = useScope();
  const programme = useProgrammeScope();
  const ids = useListIds(doc, visits);
  if (readOnly || ids.length > 0 || !programme) return null;
  const cities = { menteeCity: programme.programme.menteeCity, mentorCity: programme.programme.mentorCity };
  return (
    <div className="load-example no-print">
      <button
        type="button"
        className="button"
        aria-describedby="standard-visits-help"
        onClick={() => {
          addStandardVisits(doc, { language, by: me, ...cities });
          announce(t('visitAgenda.standardAdded'));
        }}
      >
        {t('visitAgenda.addStandard')}
      </button>
      <p id="standard-visits-help" className="hint">
        {t('visitAgenda.addStandardHelp', { mentee: cities.menteeCity, mentor: cities.mentorCity })}
      </p>
    </div>
  );
}
