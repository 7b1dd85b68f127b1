import 'i18next';
import type enTranslation from '../../../shared/locales/en/translation.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof enTranslation };
    returnNull: false;
  }
}
