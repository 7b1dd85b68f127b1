import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A read-only field showing a link, with a button that copies it and says so. */
export function CopyLink({ id, link, label }: { id: string; link: string; label: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setMessage(t('invites.copied'));
    } catch {
      input.current?.select();
      setMessage(t('invites.copyFailed'));
    }
  };

  return (
    <div className="copy-link">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        ref={input}
        type="text"
        readOnly
        value={link}
        onFocus={(event) => event.target.select()}
      />
      <button type="button" className="button small" onClick={() => void copy()}>
        {t('invites.copy')}
      </button>
      <span className="copy-status" role="status">
        {message}
      </span>
    </div>
  );
}
