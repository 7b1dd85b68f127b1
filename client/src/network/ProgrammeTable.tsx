import { PHASES } from '@mentoring/shared/journey/model';
import type { ProgrammeRow } from '@mentoring/shared/network/api';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/i18n';
import { cityLine, type Sort, type SortKey, toCsv, visibleRows } from './table-rows';
import './network-forms.css';

const COLUMNS = [
  { key: 'title', label: 'network.col.title' },
  { key: 'phase', label: 'network.col.phase' },
  { key: 'nextVisit', label: 'network.col.nextVisit' },
  { key: 'lastActivity', label: 'network.col.lastActivity' },
  { key: 'needsAnalysisPercent', label: 'network.col.needs' },
  { key: 'actionPlanPercent', label: 'network.col.plan' },
  { key: 'actions', label: 'network.col.actions' },
] as const satisfies readonly { key: SortKey | 'actions'; label: `network.col.${string}` }[];

/** The coordinator's table: status figures of each programme, sortable, filterable, as CSV. */
export function ProgrammeTable({
  rows,
  networkName,
}: {
  rows: readonly ProgrammeRow[];
  networkName: string;
}) {
  const { t, i18n } = useTranslation();
  const ids = { filter: useId(), phase: useId(), caption: useId() };
  const [text, setText] = useState('');
  const [phase, setPhase] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'title', direction: 'ascending' });
  const { language } = useLanguage();
  const shown = visibleRows(language, rows, text, phase, sort);
  const phaseName = (p: ProgrammeRow['phase']) =>
    p === 'finished' ? t('network.finished') : t(`journey.phase.${p}.title`);
  const day = (iso: string) => (iso ? new Date(iso).toLocaleDateString(i18n.language) : t('network.none'));
  const actions = (row: ProgrammeRow) =>
    row.actionsByStatus
      ? t('network.actions', {
          onTrack: row.actionsByStatus['on-track'],
          delayed: row.actionsByStatus.delayed,
          done: row.actionsByStatus.done,
          other: row.actionsByStatus['not-started'] + row.actionsByStatus.dropped,
        })
      : t('network.notApproved');
  const cells = (row: ProgrammeRow) => [
    `${row.title} (${cityLine(row)})`,
    phaseName(row.phase),
    row.nextVisit ? day(row.nextVisit) : t('network.none'),
    day(row.lastActivity),
    t('network.percent', { value: row.needsAnalysisPercent }),
    t('network.percent', { value: row.actionPlanPercent }),
    actions(row),
  ];
  const download = () => {
    const csv = toCsv(
      COLUMNS.map((c) => t(c.label)),
      shown.map(cells),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${networkName.replace(/[^\p{L}\p{N}]+/gu, '-')}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };
  const sortBy = (key: SortKey) =>
    setSort((now) => ({
      key,
      direction: now.key === key && now.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <section className="card" aria-labelledby={ids.caption}>
      <h2 id={ids.caption}>{t('network.tableTitle')}</h2>
      <p>{t('network.tableIntro')}</p>
      <div className="table-tools">
        <div className="field">
          <label htmlFor={ids.filter}>{t('network.filter')}</label>
          <input id={ids.filter} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.phase}>{t('network.phaseFilter')}</label>
          <select id={ids.phase} value={phase} onChange={(e) => setPhase(e.target.value)}>
            <option value="">{t('network.allPhases')}</option>
            {[...PHASES, 'finished' as const].map((p) => (
              <option key={p} value={p}>
                {phaseName(p)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={download}>
          {t('network.exportCsv')}
        </button>
      </div>
      <div className="table-scroll">
        <table className="network-table" data-testid="network-programmes">
          <caption className="visually-hidden">{t('network.tableTitle')}</caption>
          <thead>
            <tr>
              {COLUMNS.map(({ key, label }) =>
                key === 'actions' ? (
                  <th key={key} scope="col">
                    {t(label)}
                  </th>
                ) : (
                  <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : 'none'}>
                    <button type="button" className="sort-button" onClick={() => sortBy(key)}>
                      {t(label)}
                      {/* The order is announced by aria-sort on the heading; the arrow is for the eye. */}
                      <SortMark order={sort.key === key ? sort.direction : 'none'} />
                    </button>
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} data-programme={row.id}>
                {cells(row).map((cell, at) =>
                  at === 0 ? (
                    <th key={COLUMNS[at]?.key} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={COLUMNS[at]?.key}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 ? <p role="status">{t('network.empty')}</p> : null}
    </section>
  );
}

/** The arrow beside a sortable heading; aria-hidden, as aria-sort on the heading says it. */
function SortMark({ order }: { order: 'ascending' | 'descending' | 'none' }) {
  const Icon = order === 'ascending' ? ArrowUp : order === 'descending' ? ArrowDown : ArrowUpDown;
  return <Icon aria-hidden="true" className="sort-mark" size={16} />;
}
