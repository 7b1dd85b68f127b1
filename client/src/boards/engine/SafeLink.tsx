import type * as Y from 'yjs';
import { useScope } from '../fields/board-scope';
import { useFieldText } from '../fields/TextFields';
import { useTextValue } from '../fields/use-y';

/** Only web links open from the board (no `javascript:` or local files). */
export function safeLink(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** "Open the link" under a web-address field, when it holds a web link. */
export function SafeLink({ item, field, label }: { item: Y.Map<unknown>; field: string; label: string }) {
  const { t } = useScope();
  const link = safeLink(useTextValue(useFieldText(item, field)));
  return link ? (
    <p>
      <a href={link} target="_blank" rel="noopener noreferrer">
        {t('common.openLink')}
        <span className="visually-hidden"> ({label})</span>
      </a>
    </p>
  ) : null;
}
