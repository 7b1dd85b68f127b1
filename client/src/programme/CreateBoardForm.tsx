import { CreateBoardRequestSchema } from '@mentoring/shared/schema/api';
import type { BoardKind } from '@mentoring/shared/schema/board';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { SelectField, TextField } from '../app/Field';
import { apiErrorMessage, validate } from '../app/form';
import { BOARD_KINDS } from '../boards/board-kinds';

/** Creates a board of a chosen kind, then refreshes the list. */
export function CreateBoardForm({
  programmeId,
  token,
  onCreated,
}: {
  programmeId: string;
  token: string;
  onCreated: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<BoardKind>('canvas');
  const [title, setTitle] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const result = validate(CreateBoardRequestSchema, { kind, title }, t);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (!result.data) {
      document.getElementById('board-title')?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.createBoard(programmeId, token, result.data);
      await onCreated();
      setTitle('');
      setSubmitted(false);
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="subform" onSubmit={onSubmit} noValidate aria-labelledby="new-board-heading">
      <h3 id="new-board-heading">{t('programme.createBoardHeading')}</h3>
      <div className="field-row">
        <SelectField
          id="board-kind"
          label={t('programme.boardKind')}
          value={kind}
          options={BOARD_KINDS.map((value) => ({ value, label: t(`boardKinds.${value}`) }))}
          onChange={setKind}
        />
        <TextField
          id="board-title"
          label={t('programme.boardTitle')}
          value={title}
          onChange={setTitle}
          error={submitted ? result.errors?.title : undefined}
        />
      </div>
      <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('programme.creatingBoard') : t('programme.createBoard')}
      </button>
    </form>
  );
}
