import type { RecordApprovalRequest, VersionMeta } from '@mentoring/shared/schema/version';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ApprovalFormProps {
  version: VersionMeta;
  busy: boolean;
  onSave: (request: RecordApprovalRequest) => void;
  onCancel: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Records the formal approval of one version: the body, the date, the reference and who presented it. */
export function ApprovalForm({ version, busy, onSave, onCancel }: ApprovalFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState('');
  const [date, setDate] = useState(today);
  const [reference, setReference] = useState('');
  const [approvedBy, setApprovedBy] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ body: body.trim(), date, reference: reference.trim(), approvedBy: approvedBy.trim() });
  };
  return (
    <form className="approval-form stack" onSubmit={submit} data-testid="approval-form">
      <fieldset>
        <legend>{t('approval.formTitle', { name: version.name })}</legend>
        <div className="field">
          <label htmlFor={`${id}-body`}>{t('approval.body')}</label>
          <input
            id={`${id}-body`}
            value={body}
            required
            maxLength={200}
            aria-describedby={`${id}-body-hint`}
            onChange={(event) => setBody(event.target.value)}
          />
          <p id={`${id}-body-hint`} className="muted">
            {t('approval.bodyHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('approval.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            required
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-reference`}>{t('approval.reference')}</label>
          <input
            id={`${id}-reference`}
            value={reference}
            maxLength={200}
            aria-describedby={`${id}-reference-hint`}
            onChange={(event) => setReference(event.target.value)}
          />
          <p id={`${id}-reference-hint`} className="muted">
            {t('approval.referenceHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-by`}>{t('approval.approvedBy')}</label>
          <input
            id={`${id}-by`}
            value={approvedBy}
            maxLength={200}
            onChange={(event) => setApprovedBy(event.target.value)}
          />
        </div>
        <div className="row">
          <button
            type="submit"
            className="button primary small"
            disabled={busy || body.trim() === '' || !date}
          >
            {t('approval.save')}
          </button>
          <button type="button" className="button small" onClick={onCancel}>
            {t('approval.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
