import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clipboardText } from './refused-text';
import './refused-text.css';

/**
 * After a refused edit was rolled back: what this person wrote that was not saved, shown apart
 * (read-only) with "Copy my text", so the words are not lost with the rollback. Closed by the person.
 */
export function RefusedTextNotice({ texts, onDismiss }: { texts: readonly string[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (texts.length === 0) return null;
  const text = clipboardText(texts);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(t('saveRefusal.copied'));
    } catch {
      // No clipboard (permission, insecure origin): select it for the person to copy.
      area.current?.focus();
      area.current?.select();
      setMessage(t('saveRefusal.copyFailed'));
    }
  };

  return (
    <section className="refused-text" aria-labelledby={`${id}-heading`} data-testid="refused-text">
      <h2 id={`${id}-heading`} className="refused-text-heading">
        {t('saveRefusal.yourText')}
      </h2>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('saveRefusal.yourTextLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        ref={area}
        readOnly
        rows={Math.min(4, texts.length + 1)}
        value={text}
        onFocus={(event) => event.target.select()}
      />
      <div className="actions">
        <button type="button" className="button small primary" onClick={() => void copy()}>
          {t('saveRefusal.copy')}
        </button>
        <button type="button" className="button small quiet" onClick={onDismiss}>
          {t('saveRefusal.dismiss')}
        </button>
        <span className="copy-status" role="status">
          {message}
        </span>
      </div>
    </section>
  );
}
