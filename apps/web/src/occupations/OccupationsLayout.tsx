import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';

/** อาชีพอิสระ: the year's figures, courses, the wisdom bank, products, monthly income and local jobs. */
export function OccupationsLayout() {
  const { t } = useTranslation();
  return (
    <>
      <nav className="subnav" aria-label={t('occupations.title')}>
        <NavLink to="/occupations" end data-testid="occ-tab-summary">
          {t('occupations.tabs.summary')}
        </NavLink>
        <NavLink to="/occupations/courses" data-testid="occ-tab-courses">
          {t('occupations.tabs.courses')}
        </NavLink>
        <NavLink to="/occupations/wisdom" data-testid="occ-tab-wisdom">
          {t('occupations.tabs.wisdom')}
        </NavLink>
        <NavLink to="/occupations/products" data-testid="occ-tab-products">
          {t('occupations.tabs.products')}
        </NavLink>
        <NavLink to="/occupations/income" end data-testid="occ-tab-income">
          {t('occupations.tabs.income')}
        </NavLink>
        <NavLink to="/occupations/income/import" data-testid="occ-tab-import">
          {t('occupations.tabs.import')}
        </NavLink>
        <NavLink to="/occupations/jobs" data-testid="occ-tab-jobs">
          {t('occupations.tabs.jobs')}
        </NavLink>
      </nav>
      <Outlet />
    </>
  );
}
