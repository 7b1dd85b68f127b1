import { ACTION_PLAN_SPEC, actionPlan } from '@mentoring/shared/doc/action-plan';
import { memo, useCallback } from 'react';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { Section } from '../fields/Sections';
import { BoardText } from '../fields/TextFields';
import { parserOf, ValueDate } from '../fields/ValueFields';

const parseDate = parserOf(ACTION_PLAN_SPEC.scalars.date.schema, '');

/** The header of annex 6: title, mentee city, mentor city, date and version. */
export const PlanHeader = memo(function PlanHeader() {
  const scope = useScope();
  const { t, doc } = scope;
  const date = fieldTextOf(scope, 'date');
  const writeDate = useCallback((value: string) => actionPlan.set(doc, 'date', value), [doc]);
  return (
    <Section id="section-header" title={t('actionPlan.header')}>
      <div className="field-grid">
        <BoardText path="title" multiline={false} />
        <BoardText path="menteeCity" multiline={false} />
        <BoardText path="mentorCity" multiline={false} />
        <ValueDate
          owner={doc}
          field="date"
          label={date.label}
          help={date.help}
          parse={parseDate}
          write={writeDate}
        />
        <BoardText path="version" multiline={false} />
      </div>
    </Section>
  );
});
