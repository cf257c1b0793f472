import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../ui/LanguageSwitch';

/** The frame of the pages one opens without signing in (activation, reset, forgot), like the login page's. */
export function PublicCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="login">
      <div className="login-card">
        <div className="login-top">
          <div>
            <h1 className="brand">{t('app.name')}</h1>
            <p className="muted">{t('app.tagline')}</p>
          </div>
          <LanguageSwitch />
        </div>
        <h2>{title}</h2>
        {children}
        <p>
          <Link to="/login" data-testid="back-to-login">
            {t('account.backToLogin')}
          </Link>
        </p>
      </div>
    </main>
  );
}
