import type { CustomFieldProps } from '../engine/template-context';
import { useScope } from '../fields/board-scope';
import { useValue } from '../fields/use-y';
import { useApproved } from './approved-actions';

const parseId = (raw: unknown): string => (typeof raw === 'string' ? raw : '');

/**
 * What a card follows, as the approved plan states it: the action and its success measure (read
 * from the approved version, so that everyone knows what is being measured). Not editable: cards
 * are linked to their action when the approval is recorded.
 */
export function MonitoredActionField({ owner, field }: CustomFieldProps) {
  const { t } = useScope();
  const approved = useApproved();
  const actionId = useValue(owner, field.key, parseId);
  if (!approved) return null;
  const found = actionId ? approved.get(actionId) : undefined;
  if (!found) {
    return (
      <p className="muted" data-testid="monitored-action">
        {approved.size === 0 ? t('monitoring.noApproval') : t('monitoring.notInPlan')}
      </p>
    );
  }
  const { row } = found;
  return (
    <dl className="monitored-action" data-testid="monitored-action">
      <dt>{t('monitoring.inPlan')}</dt>
      <dd className="preserve-lines">{row.actions.trim() || t('monitoring.untitled')}</dd>
      <dt>{t('monitoring.measure')}</dt>
      <dd className="preserve-lines">{row.successMeasure.trim() || '—'}</dd>
    </dl>
  );
}
