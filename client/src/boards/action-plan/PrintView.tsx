import { readActionPlan } from '@mentoring/shared/doc/action-plan';
import { formatDate } from '@mentoring/shared/i18n/format';
import { ACTION_PLAN_COLUMNS } from '@mentoring/shared/schema/templates/action-plan';
import { useEffect, useRef } from 'react';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { useDocSnapshot } from '../fields/use-y';

/**
 * The plan as a clean table for the final presentation (and for print: the board's chrome and
 * tools are hidden by the print stylesheet). Live: it follows the document while open.
 */
export function PrintView({ onClose }: { onClose: () => void }) {
  const scope = useScope();
  const { t, doc, language } = scope;
  const plan = useDocSnapshot(doc, readActionPlan);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!plan) return null;
  const date = plan.date ? formatDate(language, plan.date, 'long') : '';
  const details = [
    ['menteeCity', plan.menteeCity],
    ['mentorCity', plan.mentorCity],
    ['date', date],
    ['version', plan.version],
  ] as const;
  return (
    <div className="print-view" data-testid="print-view">
      <div className="actions no-print">
        <button type="button" className="button" onClick={onClose}>
          {t('actionPlan.printClose')}
        </button>
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t('actionPlan.print')}
        </button>
        <p className="hint">{t('actionPlan.printHelp')}</p>
      </div>
      <h2 ref={heading} tabIndex={-1}>
        {plan.title || fieldTextOf(scope, 'title').label}
      </h2>
      <dl className="print-details">
        {details.map(([key, value]) => (
          <div key={key}>
            <dt>{fieldTextOf(scope, key).label}</dt>
            <dd>{value || '—'}</dd>
          </div>
        ))}
      </dl>
      <table className="print-table">
        <caption className="visually-hidden">{t('actionPlan.caption', { count: plan.rows.length })}</caption>
        <thead className="print-head">
          <tr>
            <th scope="col">{t('actionPlan.number')}</th>
            {ACTION_PLAN_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {fieldTextOf(scope, `rows.${column}`).label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.rows.map((row, index) => (
            <tr key={row.id}>
              <th scope="row">{index + 1}</th>
              {ACTION_PLAN_COLUMNS.map((column) => (
                <td key={column}>{row[column]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
