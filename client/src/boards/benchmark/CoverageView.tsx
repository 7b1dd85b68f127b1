import { ASSESSMENTS } from '@mentoring/shared/schema/templates/benchmark';
import { useScope } from '../fields/board-scope';
import { Section } from '../fields/Sections';
import { useCoverage } from './use-coverage';

/**
 * The coverage view: per key factor its self-assessment, whether the mentoring focuses on it, and
 * how many actions of the action plan link to it. Updates live as rows are linked in the plan.
 */
export function CoverageView() {
  const { t, texts } = useScope();
  const { coverage, hasPlan, loading } = useCoverage();
  const factors = coverage?.keyFactors ?? [];
  const nameOf = (position: number, title: string) =>
    title
      ? t('common.withTitle', { item: t('benchmark.keyFactor', { position }), title })
      : t('benchmark.keyFactor', { position });
  const focusWithout = factors.filter((factor) => coverage?.focusWithoutActions.includes(factor.keyFactorId));
  const totals = coverage
    ? ASSESSMENTS.map(
        (value) => `${texts.options.assessment[value].label} ${coverage.byAssessment[value]}`,
      ).join(', ')
    : '';
  return (
    <Section
      id="section-coverage"
      title={t('benchmark.coverageTitle')}
      intro={t('benchmark.coverageHelp')}
      className="wide"
    >
      <div role="status" className="check-panel" data-testid="coverage-status">
        {!hasPlan && !loading ? <p className="check-warn">{t('benchmark.noPlan')}</p> : null}
        {factors.length > 0 ? <p>{t('benchmark.totals', { totals })}</p> : null}
        {focusWithout.length > 0 ? (
          <p className="check-warn">
            <strong>{texts.checks['focus-without-actions'].label}:</strong>{' '}
            {focusWithout.map((factor) => nameOf(factor.position, factor.title)).join('; ')}
          </p>
        ) : null}
      </div>
      {factors.length === 0 ? (
        <p className="muted">{t('benchmark.noFactors')}</p>
      ) : (
        <section
          className="table-wrap"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard, even while the table is empty (WCAG 2.1.1, axe scrollable-region-focusable)
          tabIndex={0}
          aria-labelledby="coverage-caption"
        >
          <table className="board-table coverage-table" data-testid="coverage-table" aria-busy={loading}>
            <caption id="coverage-caption" className="visually-hidden">
              {t('benchmark.coverageCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('benchmark.coverageFactor')}</th>
                <th scope="col">{t('benchmark.coverageAssessment')}</th>
                <th scope="col">{t('benchmark.coverageFocus')}</th>
                <th scope="col">{t('benchmark.coverageActions')}</th>
              </tr>
            </thead>
            <tbody>
              {factors.map((factor) => (
                <tr key={factor.keyFactorId} data-factor-id={factor.keyFactorId}>
                  <th scope="row">{nameOf(factor.position, factor.title)}</th>
                  <td>
                    <span className={`assessment-tag assessment-${factor.assessment}`}>
                      {texts.options.assessment[factor.assessment].label}
                    </span>
                  </td>
                  <td>{factor.focus ? t('benchmark.yes') : t('benchmark.no')}</td>
                  <td data-testid="coverage-count">{factor.actionCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </Section>
  );
}
