import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createI18n, initialLanguage } from './app/i18n';
import './app/styles.css';

const root = document.getElementById('root');
if (root) {
  const i18n = createI18n(initialLanguage(localStorage, navigator.languages));
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
}
