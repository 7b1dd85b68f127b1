import type { DiffSegment } from '@mentoring/shared/compare/word-diff';
import { useTranslation } from 'react-i18next';

/** Text as a run of same, added (`<ins>`) and removed (`<del>`) words, announced in words too. */
export function Segments({ segments }: { segments: readonly DiffSegment[] }) {
  const { t } = useTranslation();
  return (
    <span className="diff-text">
      {segments.map((segment, index) => {
        const key = `${index}-${segment.kind}`;
        if (segment.kind === 'added') {
          return (
            <ins key={key}>
              <span className="visually-hidden">{t('versions.compare.addedText')}</span>
              {segment.text}
            </ins>
          );
        }
        if (segment.kind === 'removed') {
          return (
            <del key={key}>
              <span className="visually-hidden">{t('versions.compare.removedText')}</span>
              {segment.text}
            </del>
          );
        }
        return <span key={key}>{segment.text}</span>;
      })}
    </span>
  );
}
