import { memo } from 'react';
import { useScope } from '../fields/board-scope';
import type { CardBodyProps } from '../fields/CardList';
import { ItemText, useFieldText } from '../fields/TextFields';
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

/** One good-practice example of a key factor: title, what was done, and a link to read more. */
export const ExampleBody = memo(function ExampleBody({ id, item, label }: CardBodyProps) {
  const { t } = useScope();
  const link = safeLink(useTextValue(useFieldText(item, 'link')));
  return (
    <div className="field-stack">
      <ItemText
        item={item}
        itemId={id}
        field="title"
        labelPath="keyFactors.examples.title"
        multiline={false}
      />
      <ItemText
        item={item}
        itemId={id}
        field="description"
        labelPath="keyFactors.examples.description"
        rows={2}
      />
      <ItemText
        item={item}
        itemId={id}
        field="link"
        labelPath="keyFactors.examples.link"
        multiline={false}
        type="url"
      />
      {link ? (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('common.openLink')}
            <span className="visually-hidden"> ({label})</span>
          </a>
        </p>
      ) : null}
    </div>
  );
});
