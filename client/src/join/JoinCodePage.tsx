import { formatJoinCode, joinCodePath, normaliseJoinCode } from '@mentoring/shared/schema/join-code';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/endpoints';
import { ApiError } from '../api/http';
import { TextField } from '../app/Field';
import { apiErrorMessage } from '../app/form';
import { Loading } from '../app/Loading';
import { NoticePage } from '../app/NoticePage';
import { useDocumentTitle } from '../app/use-document-title';
import { JoinForm } from './JoinForm';
import { useJoinCheck } from './use-join-check';

/**
 * `/j`: a field to type the room's code; `/j/ABCD-EFGH` (the projector's QR code): the code is
 * checked, then the join form. A dead or unknown code is told before the form, with a way to retype.
 */
export function JoinCodePage() {
  const { code: typed } = useParams();
  if (!typed) return <CodeEntry />;
  return <CodeJoin typed={typed} />;
}

function CodeJoin({ typed }: { typed: string }) {
  const { t } = useTranslation();
  const code = normaliseJoinCode(typed);
  const [check, setCheck] = useJoinCheck(code, (key) => api.lookupJoinCode(key));
  const retype = (
    <Link to={joinCodePath()} className="button">
      {t('joinCodes.retype')}
    </Link>
  );
  if (!code)
    return (
      <NoticePage title={t('joinCodes.deadTitle')} body={t('joinCodes.deadBody')}>
        {retype}
      </NoticePage>
    );
  switch (check.state) {
    case 'checking':
      return <Loading label={t('joinCodes.checking')} />;
    case 'dead':
      return (
        <NoticePage title={t('joinCodes.deadTitle')} body={t('joinCodes.deadBody')}>
          {retype}
        </NoticePage>
      );
    case 'failed':
      return (
        <NoticePage title={t('joinCodes.heading')} body={failureText(check.error, t)}>
          {retype}
        </NoticePage>
      );
    case 'ok':
      return (
        <JoinForm
          key={code}
          programmeTitle={check.programmeTitle}
          role={check.role}
          join={(body) => api.joinWithCode(code, body)}
          onDead={() => setCheck({ state: 'dead' })}
        />
      );
  }
}

function failureText(error: unknown, t: TFunction): string {
  return error instanceof ApiError && error.status === 429
    ? t('joinCodes.tooMany')
    : apiErrorMessage(error, t);
}

function CodeEntry() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  useDocumentTitle(t('joinCodes.heading'));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const code = normaliseJoinCode(value);
    if (!code) {
      setError(t('joinCodes.invalidCode'));
      document.getElementById('join-code')?.focus();
      return;
    }
    navigate(joinCodePath(code));
  };
  return (
    <form className="card form narrow" onSubmit={onSubmit} noValidate aria-labelledby="join-code-title">
      <h1 id="join-code-title">{t('joinCodes.heading')}</h1>
      <p>{t('joinCodes.entryIntro')}</p>
      <TextField
        id="join-code"
        label={t('joinCodes.codeLabel')}
        hint={t('joinCodes.codeHint', { example: formatJoinCode('ABCDEFGH') })}
        autoComplete="off"
        value={value}
        onChange={(next) => {
          setValue(next);
          setError(undefined);
        }}
        error={error}
      />
      <button type="submit" className="button primary">
        {t('joinCodes.next')}
      </button>
    </form>
  );
}
