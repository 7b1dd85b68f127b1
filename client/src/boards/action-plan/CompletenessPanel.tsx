import { memo } from 'react';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { firstFieldOf } from '../fields/focus';
import { Section } from '../fields/Sections';
import type { PlanChecks } from './plan-checks';

/**
 * The completeness check of the plan: a one-line summary (a polite live region) and, per action
 * that needs attention, what is missing and a button that takes the caret there.
 */
export const CompletenessPanel = memo(function CompletenessPanel({
  checks,
  order,
}: {
  checks: PlanChecks | null;
  order: readonly string[];
}) {
  const scope = useScope();
  const { t, texts } = scope;
  if (!checks) return null;
  const { completeness, rows } = checks;
  // A row added since the last check is new, hence incomplete, until the check has seen it.
  const incomplete = order.filter((id) => rows.has(id) || !checks.checked.has(id));
  const complete = completeness.complete && incomplete.length === 0;
  const rowsDone = order.length > 0 && incomplete.length === 0;
  let summary = complete ? t('actionPlan.complete') : t('actionPlan.rowsComplete');
  if (order.length === 0) summary = t('actionPlan.noRows');
  else if (incomplete.length > 0) summary = t('actionPlan.rowsIncomplete', { count: incomplete.length });
  const header = completeness.emptyHeader.map((field) => fieldTextOf(scope, field).label);
  return (
    <Section id="section-check" title={t('actionPlan.checkTitle')} className="check-section no-print">
      <div role="status" className="check-panel" data-testid="completeness" data-complete={complete}>
        <p className={rowsDone ? 'check-ok' : 'check-warn'}>{summary}</p>
        {header.length > 0 ? (
          <p className="check-warn">{t('actionPlan.headerIncomplete', { fields: header.join(', ') })}</p>
        ) : null}
      </div>
      {incomplete.length > 0 ? (
        <ul className="check-list">
          {incomplete.map((id) => {
            const issue = rows.get(id);
            const position = order.indexOf(id) + 1;
            const item = t('actionPlan.item', { position });
            const parts = [
              ...(issue?.empty.length
                ? [
                    t('actionPlan.emptyColumns', {
                      columns: issue.empty
                        .map((column) => fieldTextOf(scope, `rows.${column}`).label)
                        .join(', '),
                    }),
                  ]
                : []),
              ...(issue?.notMeasurable ? [`${texts.checks['not-measurable'].help}`] : []),
            ];
            return (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => firstFieldOf(id)?.focus()}>
                  {t('actionPlan.goTo', { item })}
                </button>{' '}
                {parts.join(' ')}
              </li>
            );
          })}
        </ul>
      ) : null}
    </Section>
  );
});
