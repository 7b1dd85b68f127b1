import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names the browser tab after the page, in the interface language (WCAG 2.4.2). `null`: the app's
 * name alone; `undefined`: leave it to an inner page (effects of children run first).
 */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    if (title === undefined) return;
    document.title = title && title !== app ? `${title} · ${app}` : app;
  }, [title, app]);
}
