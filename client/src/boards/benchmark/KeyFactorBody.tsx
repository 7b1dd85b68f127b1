import { KEY_FACTOR_SPEC, keyFactorExamples, keyFactors } from '@mentoring/shared/doc/benchmark';
import type { KeyFactorExample } from '@mentoring/shared/schema/templates/benchmark';
import { ASSESSMENTS, type Assessment } from '@mentoring/shared/schema/templates/benchmark';
import { memo, useCallback, useMemo } from 'react';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { type CardBodyProps, CardList } from '../fields/CardList';
import { Heading } from '../fields/Heading';
import { ItemText } from '../fields/TextFields';
import { parserOf, ValueCheckbox, ValueSelect } from '../fields/ValueFields';
import { ExampleBody } from './ExampleBody';

const parseAssessment = parserOf(KEY_FACTOR_SPEC.scalars.assessment.schema, 'not-assessed');
const parseFocus = parserOf(KEY_FACTOR_SPEC.scalars.focus.schema, false);
const describeExample = (example: KeyFactorExample) => example.title;

/** The self-assessment of a key factor: strength, partly, gap or not assessed; evidence; focus. */
function SelfAssessment({ id, item }: Pick<CardBodyProps, 'id' | 'item'>) {
  const scope = useScope();
  const { doc, texts } = scope;
  const options = useMemo(
    () => ASSESSMENTS.map((value) => ({ value, label: texts.options.assessment[value].label })),
    [texts],
  );
  const assessment = fieldTextOf(scope, 'keyFactors.assessment');
  const focus = fieldTextOf(scope, 'keyFactors.focus');
  const writeAssessment = useCallback(
    (value: Assessment) => keyFactors.set(doc, id, 'assessment', value),
    [doc, id],
  );
  const writeFocus = useCallback((value: boolean) => keyFactors.set(doc, id, 'focus', value), [doc, id]);
  return (
    <div className="assessment">
      <ValueSelect
        owner={item}
        itemId={id}
        field="assessment"
        label={assessment.label}
        help={assessment.help}
        options={options}
        parse={parseAssessment}
        write={writeAssessment}
      />
      <ItemText item={item} itemId={id} field="evidence" labelPath="keyFactors.evidence" rows={2} />
      <ValueCheckbox
        owner={item}
        itemId={id}
        field="focus"
        label={focus.label}
        help={focus.help}
        parse={parseFocus}
        write={writeFocus}
      />
    </div>
  );
}

/**
 * A key factor: its reference text (rationale, guiding questions, practical tips, examples with
 * links) and the pair's self-assessment of the city on it.
 */
export const KeyFactorBody = memo(function KeyFactorBody({ id, item, level, label }: CardBodyProps) {
  const scope = useScope();
  const { t } = scope;
  const examples = fieldTextOf(scope, 'keyFactors.examples');
  const exampleLabel = useCallback((position: number) => t('benchmark.example', { position }), [t]);
  const headingId = `${id}-examples`;
  return (
    <div className="field-stack">
      <ItemText item={item} itemId={id} field="title" labelPath="keyFactors.title" multiline={false} />
      <ItemText item={item} itemId={id} field="rationale" labelPath="keyFactors.rationale" />
      <ItemText
        item={item}
        itemId={id}
        field="guidingQuestions"
        labelPath="keyFactors.guidingQuestions"
        rows={4}
      />
      <ItemText item={item} itemId={id} field="practicalTips" labelPath="keyFactors.practicalTips" rows={4} />
      <section className="sub-section" aria-labelledby={headingId}>
        <Heading level={level} id={headingId}>
          {examples.label}
          <span className="visually-hidden"> ({label})</span>
        </Heading>
        <p className="section-intro">{examples.help}</p>
        <CardList
          owner={item}
          handle={keyFactorExamples}
          level={Math.min(level + 1, 5) as 5}
          addLabel={t('benchmark.addExample')}
          itemLabel={exampleLabel}
          titleField="title"
          describe={describeExample}
          Body={ExampleBody}
        />
      </section>
      <SelfAssessment id={id} item={item} />
    </div>
  );
});
