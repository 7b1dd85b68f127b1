import type { VersionMeta } from '@mentoring/shared/schema/version';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A version's id, or the board as it is now. */
export const NOW = 'now';

export interface CompareFormProps {
  versions: readonly VersionMeta[];
  busy: boolean;
  onCompare: (from: string, to: string) => void;
}

/** Pick two versions (or a version and now) to compare. */
export function CompareForm({ versions, busy, onCompare }: CompareFormProps) {
  const { t } = useTranslation();
  const fromId = useId();
  const toId = useId();
  const [from, setFrom] = useState(versions[0]?.id ?? NOW);
  const [to, setTo] = useState(NOW);
  const options = [
    <option key={NOW} value={NOW}>
      {t('versions.now')}
    </option>,
    ...versions.map((version) => (
      <option key={version.id} value={version.id}>
        {version.name}
      </option>
    )),
  ];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onCompare(from, to);
  };
  return (
    <form className="compare-form row" onSubmit={onSubmit} aria-label={t('versions.compare.title')}>
      <label htmlFor={fromId}>{t('versions.compare.from')}</label>
      <select id={fromId} value={from} onChange={(event) => setFrom(event.target.value)}>
        {options}
      </select>
      <label htmlFor={toId}>{t('versions.compare.to')}</label>
      <select id={toId} value={to} onChange={(event) => setTo(event.target.value)}>
        {options}
      </select>
      <button type="submit" className="button small" disabled={busy || from === to}>
        {t('versions.compare.button')}
      </button>
    </form>
  );
}
