import { formatDateTime } from '@mentoring/shared/i18n/format';
import type { VersionMeta } from '@mentoring/shared/schema/version';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/i18n';

export interface VersionListProps {
  versions: readonly VersionMeta[];
  canManage: boolean;
  onOpen: (version: VersionMeta) => void;
  onRestore: (version: VersionMeta) => void;
  /** Set on an action plan for those who may record its approval (facilitator, mentee). */
  approval?: {
    onApprove: (version: VersionMeta) => void;
    onWithdraw: (version: VersionMeta) => void;
  };
}

/** The board's versions as a table: name, who (or automatic), when, and what can be done with each. */
export function VersionList({ versions, canManage, onOpen, onRestore, approval }: VersionListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (versions.length === 0) return <p>{t('versions.none')}</p>;
  return (
    <table className="version-table">
      <caption className="visually-hidden">{t('versions.listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('versions.columns.name')}</th>
          <th scope="col">{t('versions.columns.by')}</th>
          <th scope="col">{t('versions.columns.when')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('versions.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.id} data-testid="version-row">
            <th scope="row">
              {version.name}
              {version.approval ? (
                <span className="badge approved-badge">
                  {' '}
                  {t('approval.badge')}: {version.approval.body}, {version.approval.date}
                </span>
              ) : null}
            </th>
            <td>
              {version.auto ? <span className="badge">{t('versions.auto')}</span> : version.createdBy?.name}
            </td>
            <td>
              <time dateTime={version.createdAt}>{formatDateTime(language, version.createdAt)}</time>
            </td>
            <td className="row">
              <button
                type="button"
                className="button small"
                aria-label={t('versions.openNamed', { name: version.name })}
                onClick={() => onOpen(version)}
              >
                {t('versions.open')}
              </button>
              {canManage ? (
                <button
                  type="button"
                  className="button small"
                  aria-label={t('versions.restoreNamed', { name: version.name })}
                  onClick={() => onRestore(version)}
                >
                  {t('versions.restore')}
                </button>
              ) : null}
              {approval && !version.approval ? (
                <button
                  type="button"
                  className="button small"
                  aria-label={t('approval.recordNamed', { name: version.name })}
                  onClick={() => approval.onApprove(version)}
                >
                  {t('approval.record')}
                </button>
              ) : null}
              {approval && version.approval ? (
                <button
                  type="button"
                  className="button small"
                  aria-label={t('approval.withdrawNamed', { name: version.name })}
                  onClick={() => approval.onWithdraw(version)}
                >
                  {t('approval.withdraw')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
