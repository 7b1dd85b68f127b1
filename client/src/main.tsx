import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createI18n, i18nReady, initialLanguage } from './app/i18n';
import './app/styles.css';

const root = document.getElementById('root');
if (root) {
  const i18n = createI18n(initialLanguage(localStorage, navigator.languages));
  // The first language's files (English is bundled) before the first paint, so no key shows.
  void i18nReady(i18n).then(() =>
    createRoot(root).render(
      <StrictMode>
        <App i18n={i18n} />
      </StrictMode>,
    ),
  );
}
