import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LAO_ROLES, ROLE_LABELS } from '@elderwork/contracts';
import { useAuth, useUser } from '../auth/auth-context';
import { ExpiryWarning } from '../auth/ExpiryWarning';
import { useLabel, useLang } from '../i18n';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { orgUnitLabel } from './org-unit';

/** Header (app, org unit, role, language, sign-out) and navigation around every signed-in page. */
export function Layout() {
  const { t } = useTranslation();
  const label = useLabel();
  const lang = useLang();
  const user = useUser();
  const { logout } = useAuth();
  const personLevel = LAO_ROLES.includes(user.role);

  return (
    <div className="shell">
      <ExpiryWarning />
      <header className="header">
        <div className="header-brand">
          <span className="brand">{t('app.name')}</span>
          <span className="header-org" data-testid="org-unit">
            {orgUnitLabel(user.orgUnit, lang)}
            <span className="header-role" data-testid="user-role">
              {label(ROLE_LABELS, user.role)}
            </span>
          </span>
        </div>
        <div className="header-actions">
          <span className="header-user">{user.displayName}</span>
          <LanguageSwitch />
          <NavLink to="/account/password" className="btn btn--ghost" data-testid="change-password-link">
            {t('account.changeLink')}
          </NavLink>
          <button type="button" className="btn btn--ghost" onClick={logout} data-testid="logout">
            {t('auth.logout')}
          </button>
        </div>
      </header>
      <nav className="nav" aria-label="main">
        <NavLink to="/" end>
          {t('nav.home')}
        </NavLink>
        {personLevel && (
          <>
            <NavLink to="/residents" end data-testid="nav-residents">
              {t('nav.residents')}
            </NavLink>
            <NavLink to="/residents/import" data-testid="nav-import">
              {t('nav.import')}
            </NavLink>
            <NavLink to="/section35" data-testid="nav-section35">
              {t('nav.section35')}
            </NavLink>
            <NavLink to="/caregivers" data-testid="nav-caregivers">
              {t('caregivers.nav')}
            </NavLink>
            <NavLink to="/occupations" data-testid="nav-occupations">
              {t('occupations.nav')}
            </NavLink>
            <NavLink to="/reports/yearly" data-testid="nav-report">
              {t('reports.nav')}
            </NavLink>
          </>
        )}
        {!personLevel && (
          <NavLink to="/statistics" data-testid="nav-statistics">
            {t('statistics.nav')}
          </NavLink>
        )}
        {!personLevel && (
          <NavLink to="/reference/section35-rates" data-testid="nav-rates">
            {t('nav.rates')}
          </NavLink>
        )}
        {user.role !== 'staff' && (
          <NavLink to="/users" data-testid="nav-users">
            {t('nav.users')}
          </NavLink>
        )}
      </nav>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}
