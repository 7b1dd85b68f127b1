import { contextFactors, keyFactors } from '@mentoring/shared/doc/benchmark';
import {
  BENCHMARK_KEYS,
  type ContextFactor,
  type KeyFactor,
} from '@mentoring/shared/schema/templates/benchmark';
import { useCallback } from 'react';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { CardList } from '../fields/CardList';
import { Section, SectionNav } from '../fields/Sections';
import { BoardText } from '../fields/TextFields';
import { ContextFactorBody } from './ContextFactorBody';
import { CoverageView } from './CoverageView';
import { KeyFactorBody } from './KeyFactorBody';
import { LoadExample } from './LoadExample';

const describeFactor = (factor: KeyFactor | ContextFactor) => factor.title;

/**
 * The benchmark: the "ideal city" of a theme as key factors (each with its reference text and the
 * pair's self-assessment) and context factors, and the coverage of the key factors by the plan.
 */
export default function BenchmarkBoard() {
  const scope = useScope();
  const { t, doc } = scope;
  const factorTexts = fieldTextOf(scope, 'keyFactors');
  const contextTexts = fieldTextOf(scope, 'contextFactors');
  const factorLabel = useCallback((position: number) => t('benchmark.keyFactor', { position }), [t]);
  const contextLabel = useCallback((position: number) => t('benchmark.contextFactor', { position }), [t]);
  const title = scope.texts.titles.benchmark.label;
  return (
    <div className="form-board" data-testid="benchmark">
      <SectionNav
        sections={[
          { id: 'section-theme', title },
          { id: 'section-key-factors', title: factorTexts.label },
          { id: 'section-context-factors', title: contextTexts.label },
          { id: 'section-coverage', title: t('benchmark.coverageTitle') },
        ]}
      />
      <Section id="section-theme" title={title}>
        <LoadExample />
        <div className="field-stack">
          {BENCHMARK_KEYS.map((key) => (
            <BoardText key={key} path={key} multiline={key !== 'theme'} />
          ))}
        </div>
      </Section>
      <Section id="section-key-factors" title={factorTexts.label} intro={factorTexts.help}>
        <CardList
          owner={doc}
          handle={keyFactors}
          level={3}
          addLabel={t('benchmark.addKeyFactor')}
          itemLabel={factorLabel}
          titleField="title"
          describe={describeFactor}
          Body={KeyFactorBody}
          testId="key-factors"
        />
      </Section>
      <Section id="section-context-factors" title={contextTexts.label} intro={contextTexts.help}>
        <CardList
          owner={doc}
          handle={contextFactors}
          level={3}
          addLabel={t('benchmark.addContextFactor')}
          itemLabel={contextLabel}
          titleField="title"
          describe={describeFactor}
          Body={ContextFactorBody}
          testId="context-factors"
        />
      </Section>
      <CoverageView />
    </div>
  );
}
