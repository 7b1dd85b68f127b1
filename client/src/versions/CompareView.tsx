import type {
  BoardComparison,
  FieldChange,
  ListComparison,
  RowComparison,
} from '@mentoring/shared/compare/compare-boards';
import { listChanged } from '@mentoring/shared/compare/compare-boards';
import type { BoardKind } from '@mentoring/shared/schema/board';
import { useTranslation } from 'react-i18next';
import { rowSummary, valueText } from './compare-text';
import { fieldLabel, joinPath } from './labels';
import { Segments } from './Segments';

interface Ctx {
  kind: BoardKind;
  language: string;
}

function Change({ ctx, base, change }: { ctx: Ctx; base: string; change: FieldChange }) {
  const { t } = useTranslation();
  return (
    <li className="diff-cell">
      <span className="diff-label">{fieldLabel(ctx.language, ctx.kind, joinPath(base, change.path))}: </span>
      {change.segments ? (
        <Segments segments={change.segments} />
      ) : (
        <span>
          <del>
            <span className="visually-hidden">{t('versions.compare.removedText')}</span>
            {valueText(change.before)}
          </del>{' '}
          <ins>
            <span className="visually-hidden">{t('versions.compare.addedText')}</span>
            {valueText(change.after)}
          </ins>
        </span>
      )}
    </li>
  );
}

function Row({ ctx, base, row }: { ctx: Ctx; base: string; row: RowComparison }) {
  const { t } = useTranslation();
  const summary = rowSummary(row.after ?? row.before);
  return (
    <li className={`diff-row diff-${row.status}`} data-status={row.status}>
      <strong>{t(`versions.compare.status.${row.status}`)}</strong>
      {row.moved ? ` ${t('versions.compare.moved')}` : ''}
      {summary ? <span className="diff-summary">: {summary}</span> : null}
      {row.cells.length > 0 ? (
        <ul className="diff-cells">
          {row.cells.map((change) => (
            <Change key={change.path} ctx={ctx} base={base} change={change} />
          ))}
        </ul>
      ) : null}
      {row.lists.filter(listChanged).map((list) => (
        <List key={list.path} ctx={ctx} list={list} />
      ))}
    </li>
  );
}

function List({ ctx, list }: { ctx: Ctx; list: ListComparison }) {
  const rows = list.rows.filter((row) => row.status !== 'same' || row.moved);
  return (
    <section className="diff-list">
      <h4>{fieldLabel(ctx.language, ctx.kind, list.path)}</h4>
      <ul className="plain-list">
        {rows.map((row) => (
          <Row key={row.id} ctx={ctx} base={list.path} row={row} />
        ))}
      </ul>
    </section>
  );
}

/** What changed between two versions: fields, then rows added (green), removed (red) and changed. */
export function CompareView({ kind, comparison }: { kind: BoardKind; comparison: BoardComparison }) {
  const { t, i18n } = useTranslation();
  const ctx: Ctx = { kind, language: i18n.language };
  if (!comparison.changed) return <p data-testid="compare-result">{t('versions.compare.noChanges')}</p>;
  return (
    <div className="compare-result" data-testid="compare-result">
      {comparison.fields.length > 0 ? (
        <ul className="diff-cells">
          {comparison.fields.map((change) => (
            <Change key={change.path} ctx={ctx} base="" change={change} />
          ))}
        </ul>
      ) : null}
      {comparison.lists.filter(listChanged).map((list) => (
        <List key={list.path} ctx={ctx} list={list} />
      ))}
    </div>
  );
}
