import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en';
import { th } from './th';

export type Lang = 'th' | 'en';

const STORAGE_KEY = 'elderwork.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

/** Thai unless the user chose English on this device before. */
export function initI18n(lang: Lang = storedLang()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { th: { translation: th }, en: { translation: en } },
      lng: lang,
      fallbackLng: 'th',
      interpolation: { escapeValue: false }, // React escapes already
      initAsync: false,
    });
  } else if (i18n.language !== lang) {
    void i18n.changeLanguage(lang);
  }
  document.documentElement.lang = lang;
  return i18n;
}

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

/** The current UI language, narrowed to the two we ship. */
export function useLang(): Lang {
  const { i18n: instance } = useTranslation();
  return instance.language === 'en' ? 'en' : 'th';
}

/** Pick the current language's text from a contracts label map ({th, en}). */
export function useLabel() {
  const lang = useLang();
  return <K extends string>(labels: Record<K, { th: string; en: string }>, key: K | null | undefined): string =>
    key ? (labels[key]?.[lang] ?? key) : '–';
}
