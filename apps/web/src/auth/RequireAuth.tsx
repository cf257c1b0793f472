import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '@elderwork/contracts';
import { useAuth } from './auth-context';
import { NotAvailable } from './NotAvailable';

/**
 * Renders its children (or the nested routes) for a signed-in user, of one of `roles` if given;
 * a signed-out user goes to the login page; another role is told why the page is not theirs.
 */
export function RequireAuth({ children, roles }: { children?: ReactNode; roles?: readonly Role[] }) {
  const { user } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (user === undefined) return <p className="page-loading">{t('common.loading')}</p>;
  if (user === null) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (roles && !roles.includes(user.role)) return <NotAvailable role={user.role} roles={roles} />;
  return children ?? <Outlet />;
}
