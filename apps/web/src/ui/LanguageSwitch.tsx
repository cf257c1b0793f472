import { useTranslation } from 'react-i18next';
import { setLang, useLang, type Lang } from '../i18n';

const OPTIONS: { lang: Lang; label: string }[] = [
  { lang: 'th', label: 'ไทย' },
  { lang: 'en', label: 'English' },
];

/** ไทย / English; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLang();
  return (
    <div className="lang-switch" role="group" aria-label={t('nav.language')}>
      {OPTIONS.map(({ lang, label }) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={current === lang}
          className={current === lang ? 'active' : undefined}
          onClick={() => setLang(lang)}
          data-testid={`lang-${lang}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
