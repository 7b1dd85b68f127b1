import { visits } from '@mentoring/shared/doc/visit-agenda';
import type { Visit } from '@mentoring/shared/schema/templates/visit-agenda';
import { useCallback } from 'react';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { CardList } from '../fields/CardList';
import { Section } from '../fields/Sections';
import { BoardText } from '../fields/TextFields';
import { StandardVisits } from './StandardVisits';
import { VisitBody } from './VisitBody';

const describe = (visit: Visit) => visit.title;

/** The visit agenda: an overview, then the visits with their programmes of sessions. */
export default function VisitAgendaBoard() {
  const scope = useScope();
  const { t, doc } = scope;
  const texts = fieldTextOf(scope, 'visits');
  const itemLabel = useCallback((position: number) => t('visitAgenda.visit', { position }), [t]);
  return (
    <div className="form-board wide" data-testid="visit-agenda">
      <Section id="section-overview" title={fieldTextOf(scope, 'overview').label}>
        <BoardText path="overview" />
      </Section>
      <Section id="section-visits" title={texts.label} intro={texts.help}>
        <StandardVisits />
        <CardList
          owner={doc}
          handle={visits}
          level={3}
          addLabel={t('visitAgenda.addVisit')}
          itemLabel={itemLabel}
          titleField="title"
          describe={describe}
          Body={VisitBody}
          testId="visits"
        />
      </Section>
    </div>
  );
}
