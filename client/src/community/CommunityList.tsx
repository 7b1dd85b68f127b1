import type { Community } from '@mentoring/shared/network/community';
import { useTranslation } from 'react-i18next';

/**
 * The network's communities: topic, cities (each once), and for one not started yet a button that
 * starts it; a started one says when.
 */
export function CommunityList({
  communities,
  starting,
  onStart,
}: {
  communities: readonly Community[];
  starting: string | null;
  onStart: (community: Community) => void;
}) {
  const { t, i18n } = useTranslation();
  if (communities.length === 0) return <p role="status">{t('community.empty')}</p>;
  return (
    <table data-testid="communities">
      <caption className="visually-hidden">{t('community.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('community.field.title')}</th>
          <th scope="col">{t('community.field.topic')}</th>
          <th scope="col">{t('community.cities')}</th>
          <th scope="col">{t('community.status')}</th>
        </tr>
      </thead>
      <tbody>
        {communities.map((community) => (
          <tr key={community.id} data-community={community.id}>
            <th scope="row">{community.title}</th>
            <td>{community.topic}</td>
            <td>{community.cities.map((c) => c.city).join(', ')}</td>
            <td>
              {community.startedAt ? (
                t('community.startedOn', {
                  date: new Date(community.startedAt).toLocaleDateString(i18n.language),
                })
              ) : (
                <button type="button" disabled={starting !== null} onClick={() => onStart(community)}>
                  {t('community.start', { title: community.title })}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
