import type { BoardKind } from '@mentoring/shared/schema/board';
import { useTranslation } from 'react-i18next';
import { fieldLabel, HIDDEN_KEYS, joinPath } from './labels';

type Json = Readonly<Record<string, unknown>>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface ValueProps {
  kind: BoardKind;
  path: string;
  value: unknown;
}

/** One value of a board's JSON, read-only: text, a list of strings, a list of items, or fields. */
function Value({ kind, path, value }: ValueProps) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <span className="empty-value">{t('versions.empty')}</span>;
  }
  if (typeof value === 'boolean') return <>{value ? t('versions.yes') : t('versions.no')}</>;
  if (typeof value !== 'object') return <span className="text-value">{String(value)}</span>;
  if (Array.isArray(value)) {
    return (
      <ol className="version-items">
        {value.map((item, index) => (
          <li key={isRecord(item) && typeof item.id === 'string' ? item.id : index}>
            <Value kind={kind} path={path} value={item} />
          </li>
        ))}
      </ol>
    );
  }
  return <Fields kind={kind} path={path} value={value as Json} />;
}

/** The fields of an object as a description list, labelled from the template texts. */
function Fields({ kind, path, value }: { kind: BoardKind; path: string; value: Json }) {
  const { i18n } = useTranslation();
  const entries = Object.entries(value).filter(([key]) => !HIDDEN_KEYS.has(key));
  return (
    <dl className="version-fields">
      {entries.map(([key, child]) => {
        const childPath = joinPath(path, key);
        return (
          <div key={key}>
            <dt>{fieldLabel(i18n.language, kind, childPath)}</dt>
            <dd>
              <Value kind={kind} path={childPath} value={child} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** A board's template JSON (a version) shown read-only, with the fields' labels. */
export function ReadOnlyContent({ kind, content }: { kind: BoardKind; content: Json }) {
  return (
    <div className="version-content" data-testid="version-content">
      <Fields kind={kind} path="" value={content} />
    </div>
  );
}
