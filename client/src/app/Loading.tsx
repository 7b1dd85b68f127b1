import { useTranslation } from 'react-i18next';

/** A polite, announced loading line. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {label ?? t('app.loading')}
    </p>
  );
}
