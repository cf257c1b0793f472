import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';

/** อาสาสมัครบริบาลท้องถิ่น: the roster, the month's stipends, and what needs following up. */
export function CaregiversLayout() {
  const { t } = useTranslation();
  return (
    <>
      <nav className="subnav" aria-label={t('caregivers.title')}>
        <NavLink to="/caregivers" end data-testid="tab-roster">
          {t('caregivers.tabs.roster')}
        </NavLink>
        <NavLink to="/caregivers/stipends" data-testid="tab-stipends">
          {t('caregivers.tabs.stipends')}
        </NavLink>
        <NavLink to="/caregivers/follow-up" data-testid="tab-follow-up">
          {t('caregivers.tabs.followUp')}
        </NavLink>
      </nav>
      <Outlet />
    </>
  );
}
