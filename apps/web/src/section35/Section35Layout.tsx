import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';

/** มาตรา 35: summary, placements, employers, and the rates they are valued at. */
export function Section35Layout() {
  const { t } = useTranslation();
  return (
    <>
      <nav className="subnav" aria-label={t('section35.title')}>
        <NavLink to="/section35" end data-testid="tab-summary">
          {t('section35.tabs.summary')}
        </NavLink>
        <NavLink to="/section35/placements" data-testid="tab-placements">
          {t('section35.tabs.placements')}
        </NavLink>
        <NavLink to="/section35/employers" data-testid="tab-employers">
          {t('section35.tabs.employers')}
        </NavLink>
        <NavLink to="/reference/section35-rates" data-testid="tab-rates">
          {t('section35.tabs.rates')}
        </NavLink>
      </nav>
      <Outlet />
    </>
  );
}
