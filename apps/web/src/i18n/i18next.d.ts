import 'i18next';
import type { Messages } from './th';

// Typed translation keys: t('residents.title') is checked at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
