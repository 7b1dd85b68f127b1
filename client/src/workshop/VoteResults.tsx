import { useTranslation } from 'react-i18next';
import type { VoteItem } from './vote-items';
import './workshop.css';

/** Counts per item, most dots first (the panel, the projection). */
export function VoteResults({ items, counts }: { items: VoteItem[]; counts: Record<string, number> }) {
  const { t } = useTranslation();
  const ranked = [...items].sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0));
  return (
    <ol className="vote-results" data-testid="vote-results">
      {ranked.map((item) => (
        <li key={item.id} data-item-id={item.id} data-count={counts[item.id] ?? 0}>
          <span className="vote-label">{item.label || t('workshop.untitledItem')}</span>
          <span className="vote-count">{t('workshop.voteCount', { count: counts[item.id] ?? 0 })}</span>
        </li>
      ))}
    </ol>
  );
}
