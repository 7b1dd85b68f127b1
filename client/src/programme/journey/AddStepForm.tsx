import { ADDED_PURPOSES, AddedStepSchema, type JourneyChange } from '@mentoring/shared/journey/settings';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../app/Field';

type Purpose = (typeof ADDED_PURPOSES)[number];
type Mode = 'in-person' | 'virtual';

const newId = () => crypto.randomUUID().replaceAll('-', '');

/** The facilitator adds a step: an extra visit, for the needs analysis or for the evaluation. */
export function AddStepForm({
  busy,
  onAdd,
}: {
  busy: boolean;
  onAdd: (change: JourneyChange) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState<Purpose>('evaluation');
  const [mode, setMode] = useState<Mode>('in-person');
  const [error, setError] = useState<string | undefined>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = AddedStepSchema.safeParse({ id: newId(), title, purpose, mode });
    if (!parsed.success) {
      setError(t('journey.addTitleRequired'));
      document.getElementById('journey-add-title')?.focus();
      return;
    }
    setError(undefined);
    await onAdd({ action: 'add', step: parsed.data });
    setTitle('');
  };

  return (
    <form className="subform" onSubmit={onSubmit} noValidate aria-labelledby="journey-add-heading">
      <h3 id="journey-add-heading">{t('journey.addHeading')}</h3>
      <p className="hint">{t('journey.addHelp')}</p>
      <div className="field-row">
        <TextField
          id="journey-add-title"
          label={t('journey.addTitle')}
          value={title}
          onChange={setTitle}
          error={error}
        />
        <SelectField
          id="journey-add-purpose"
          label={t('journey.addPurpose')}
          value={purpose}
          options={ADDED_PURPOSES.map((value) => ({ value, label: t(`journey.purposeOption.${value}`) }))}
          onChange={setPurpose}
        />
        <SelectField
          id="journey-add-mode"
          label={t('journey.addMode')}
          value={mode}
          options={(['in-person', 'virtual'] as const).map((value) => ({
            value,
            label: t(`journey.mode.${value}`),
          }))}
          onChange={setMode}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('journey.add')}
      </button>
    </form>
  );
}
