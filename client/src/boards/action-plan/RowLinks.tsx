import { actionRows } from '@mentoring/shared/doc/action-plan';
import { memo, useState } from 'react';
import type * as Y from 'yjs';
import { type BoardScope, fieldTextOf, useScope } from '../fields/board-scope';
import { useSetEntries } from '../fields/use-y';
import { useFactorOptions } from './key-factor-options';
import { groupOfNeed, NEED_GROUPS } from './needs-options';

/** A need's label as a chip: the field's label, after its group's for the context sections. */
export function needLabel(scope: BoardScope, key: string): string {
  const group = groupOfNeed(key);
  if (!group) return key;
  const label = fieldTextOf(scope, key, 'needs-analysis').label;
  if (!group.group) return label;
  const parent = group.group.endsWith('.sensitivities')
    ? `${fieldTextOf(scope, group.group.split('.')[0] ?? '', 'needs-analysis').label} › ${fieldTextOf(scope, group.group, 'needs-analysis').label}`
    : fieldTextOf(scope, group.group, 'needs-analysis').label;
  return `${parent} › ${label}`;
}

function Checkbox({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  const { readOnly } = useScope();
  return (
    <div className="check-option">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={readOnly}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** The choices, rendered only while the disclosure is open (200 rows × 50 checkboxes would be slow). */
function LinkChoices({
  id,
  needs,
  factors,
}: {
  id: string;
  needs: readonly string[];
  factors: readonly string[];
}) {
  const scope = useScope();
  const { t, doc, readOnly } = scope;
  const options = useFactorOptions();
  const toggle = (set: 'needs' | 'keyFactorIds', entry: string, on: boolean) => {
    if (!readOnly) actionRows.toggle(doc, id, set, entry, on);
  };
  return (
    <div className="link-choices">
      <fieldset>
        <legend>{t('actionPlan.needsLegend')}</legend>
        {NEED_GROUPS.map((group) => (
          <fieldset key={group.group ?? 'challenge'} className="need-group">
            <legend>
              {group.group
                ? fieldTextOf(scope, group.group, 'needs-analysis').label
                : t('needsAnalysis.challenge')}
            </legend>
            {group.keys.map((key) => (
              <Checkbox
                key={key}
                id={`${id}-need-${key.replaceAll('.', '-')}`}
                label={fieldTextOf(scope, key, 'needs-analysis').label}
                checked={needs.includes(key)}
                onChange={(on) => toggle('needs', key, on)}
              />
            ))}
          </fieldset>
        ))}
      </fieldset>
      {options.benchmarks.length === 0 && !options.loading ? (
        <p className="muted">{t('actionPlan.noBenchmark')}</p>
      ) : null}
      {options.benchmarks.map((benchmark) => (
        <fieldset key={benchmark.boardId}>
          <legend>{t('actionPlan.keyFactorsLegend', { title: benchmark.title })}</legend>
          {benchmark.factors === null ? (
            <p className="muted">{t('common.linkedLoading', { title: benchmark.title })}</p>
          ) : benchmark.factors.length === 0 ? (
            <p className="muted">{t('actionPlan.noKeyFactors')}</p>
          ) : (
            benchmark.factors.map((factor) => (
              <Checkbox
                key={factor.id}
                id={`${id}-factor-${factor.id}`}
                label={t('actionPlan.keyFactor', {
                  position: factor.position,
                  title: factor.title || t('common.untitled'),
                })}
                checked={factors.includes(factor.id)}
                onChange={(on) => toggle('keyFactorIds', factor.id, on)}
              />
            ))
          )}
        </fieldset>
      ))}
    </div>
  );
}

/**
 * What an action row answers: needs of the needs analysis and key factors of the benchmark. The
 * chosen links show as chips; the choices open in a disclosure (keyboard: Enter or Space).
 */
export const RowLinks = memo(function RowLinks({
  id,
  item,
  label,
}: {
  id: string;
  item: Y.Map<unknown>;
  label: string;
}) {
  const scope = useScope();
  const { t } = scope;
  const needs = useSetEntries(item, 'needs');
  const factors = useSetEntries(item, 'keyFactorIds');
  const options = useFactorOptions();
  const [open, setOpen] = useState(false);
  const factorTitle = (factorId: string) => {
    for (const benchmark of options.benchmarks) {
      const factor = benchmark.factors?.find((candidate) => candidate.id === factorId);
      if (factor)
        return t('actionPlan.keyFactor', {
          position: factor.position,
          title: factor.title || t('common.untitled'),
        });
    }
    return null;
  };
  const chips = [
    ...needs.map((key) => ({ key: `n-${key}`, label: needLabel(scope, key) })),
    ...factors.flatMap((factorId) => {
      const title = factorTitle(factorId);
      return title ? [{ key: `f-${factorId}`, label: title }] : [];
    }),
  ];
  return (
    <div className="row-links" data-testid="row-links">
      {chips.length > 0 ? (
        <ul className="chips">
          {chips.map((chip) => (
            <li key={chip.key}>{chip.label}</li>
          ))}
        </ul>
      ) : null}
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span aria-hidden="true">
            {t('actionPlan.links')} ({needs.length + factors.length})
          </span>
          <span className="visually-hidden">
            {t('actionPlan.linksSummary', { item: label, needs: needs.length, factors: factors.length })}
          </span>
        </summary>
        {open ? <LinkChoices id={id} needs={needs} factors={factors} /> : null}
      </details>
    </div>
  );
});
