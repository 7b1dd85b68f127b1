import { VISIT_SPEC, visits } from '@mentoring/shared/doc/visit-agenda';
import { VISIT_KINDS, type VisitKind } from '@mentoring/shared/schema/templates/visit-agenda';
import { memo, useCallback, useMemo } from 'react';
import { fieldTextOf, useScope } from '../fields/board-scope';
import type { CardBodyProps } from '../fields/CardList';
import { Heading } from '../fields/Heading';
import { ItemText } from '../fields/TextFields';
import { useValue } from '../fields/use-y';
import { parserOf, ValueDate, ValueSelect } from '../fields/ValueFields';
import { AgendaTable } from './AgendaTable';

const parseKind = parserOf(VISIT_SPEC.scalars.kind.schema, 'custom');
const parseDate = parserOf(VISIT_SPEC.scalars.date.schema, '');

/** One visit: its kind (with what that kind is for), dates, place, participants, objectives, programme. */
export const VisitBody = memo(function VisitBody({ id, item, label, level }: CardBodyProps) {
  const scope = useScope();
  const { doc, texts } = scope;
  const kind = useValue(item, 'kind', parseKind);
  const options = useMemo(
    () => VISIT_KINDS.map((value) => ({ value, label: texts.options.visitKind[value].label })),
    [texts],
  );
  const text = (path: string) => fieldTextOf(scope, path);
  const writeKind = useCallback((value: VisitKind) => visits.set(doc, id, 'kind', value), [doc, id]);
  const writeDate = useCallback((value: string) => visits.set(doc, id, 'date', value), [doc, id]);
  const writeEnd = useCallback((value: string) => visits.set(doc, id, 'endDate', value), [doc, id]);
  const programme = text('visits.agenda');
  const headingId = `${id}-agenda`;
  return (
    <div className="field-stack">
      <div className="field-grid">
        <ValueSelect
          owner={item}
          itemId={id}
          field="kind"
          label={text('visits.kind').label}
          help={texts.options.visitKind[kind].help}
          options={options}
          parse={parseKind}
          write={writeKind}
        />
        <ItemText item={item} itemId={id} field="title" labelPath="visits.title" multiline={false} />
        <ValueDate
          owner={item}
          itemId={id}
          field="date"
          label={text('visits.date').label}
          help={text('visits.date').help}
          parse={parseDate}
          write={writeDate}
        />
        <ValueDate
          owner={item}
          itemId={id}
          field="endDate"
          label={text('visits.endDate').label}
          help={text('visits.endDate').help}
          parse={parseDate}
          write={writeEnd}
        />
      </div>
      <ItemText item={item} itemId={id} field="place" labelPath="visits.place" multiline={false} />
      <ItemText item={item} itemId={id} field="participants" labelPath="visits.participants" rows={2} />
      <ItemText item={item} itemId={id} field="objectives" labelPath="visits.objectives" rows={3} />
      <section className="sub-section" aria-labelledby={headingId}>
        <Heading level={level} id={headingId}>
          {programme.label}
        </Heading>
        <p className="section-intro">{programme.help}</p>
        <AgendaTable visit={item} visitLabel={label} />
      </section>
    </div>
  );
});
