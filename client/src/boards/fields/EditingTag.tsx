import { formatList } from '@mentoring/shared/i18n/format';
import type { CSSProperties } from 'react';
import { useScope } from './board-scope';
import type { Editor } from './presence-store';

/** The style that outlines a field in the colour of (the first of) the others editing it. */
export function editorStyle(editors: readonly Editor[]): CSSProperties | undefined {
  const first = editors[0];
  return first ? ({ '--editor-color': first.color } as CSSProperties) : undefined;
}

/** "Editing now: Ana and Ben", in the colour of each person; nothing when nobody else is there. */
export function EditingTag({ editors }: { editors: readonly Editor[] }) {
  const { t, language } = useScope();
  if (editors.length === 0) return null;
  const names = formatList(
    language,
    editors.map((e) => e.name),
  );
  return (
    <p className="editing-tag" data-testid="editing-tag">
      {editors.map((editor) => (
        <span
          key={editor.memberId}
          className="editing-dot"
          style={{ background: editor.color }}
          aria-hidden="true"
        />
      ))}
      <span>{t('common.editing', { names })}</span>
    </p>
  );
}
