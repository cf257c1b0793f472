import { useState, type ReactNode } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LAO_ROLES } from '@elderwork/contracts';
import { ChangePasswordPage } from '../account/ChangePasswordPage';
import { ForgotPasswordPage } from '../account/ForgotPasswordPage';
import { SetPasswordPage } from '../account/SetPasswordPage';
import { AdlPage } from '../adl/AdlPage';
import { createQueryClient } from '../api/query';
import { useAuth } from '../auth/auth-context';
import { AuthProvider } from '../auth/AuthProvider';
import { LoginPage } from '../auth/LoginPage';
import { RequireAuth } from '../auth/RequireAuth';
import { CaregiverListPage } from '../caregivers/CaregiverListPage';
import { CaregiverPage } from '../caregivers/CaregiverPage';
import { CaregiversLayout } from '../caregivers/CaregiversLayout';
import { FollowUpPage } from '../caregivers/FollowUpPage';
import { MonthPage } from '../caregivers/MonthPage';
import { NewCaregiverPage } from '../caregivers/NewCaregiverPage';
import { StipendsPage } from '../caregivers/StipendsPage';
import { VisitPage } from '../caregivers/VisitPage';
import { HomePage } from '../home/HomePage';
import { ReportDashboard } from '../reports/ReportDashboard';
import { Layout } from '../layout/Layout';
import { EditResidentPage } from '../residents/EditResidentPage';
import { ImportPage } from '../residents/ImportPage';
import { RegisterResidentPage } from '../residents/RegisterResidentPage';
import { ResidentListPage } from '../residents/ResidentListPage';
import { EmployerFormPage } from '../section35/EmployerFormPage';
import { EmployerListPage } from '../section35/EmployerListPage';
import { NewPlacementPage } from '../section35/NewPlacementPage';
import { PlacementListPage } from '../section35/PlacementListPage';
import { PlacementPage } from '../section35/PlacementPage';
import { RatesPage } from '../section35/RatesPage';
import { Section35Layout } from '../section35/Section35Layout';
import { OccupationsRoutes } from '../occupations/OccupationsRoutes';
import { ReportPage } from '../reports/ReportPage';
import { StatisticsPage } from '../statistics/StatisticsPage';
import { SummaryPage } from '../section35/SummaryPage';
import { UsersPage } from '../users/UsersPage';

/** Routes; person-level pages (registry, Section 35) are for LAO staff and administrators only. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* Opened from the mails' links, without signing in (decision 0023). */}
      <Route path="/activate" element={<SetPasswordPage mode="activate" />} />
      <Route path="/reset" element={<SetPasswordPage mode="reset" />} />
      <Route path="/forgot" element={<ForgotPasswordPage />} />
      <Route
        element={
          <RequireAuth>
            <Layout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage laoDashboard={<ReportDashboard />} />} />
        <Route path="account/password" element={<ChangePasswordPage />} />
        <Route path="residents" element={<RequireAuth roles={LAO_ROLES} />}>
          <Route index element={<ResidentListPage />} />
          <Route path="new" element={<RegisterResidentPage />} />
          <Route path="import" element={<ImportPage />} />
          <Route path=":id" element={<EditResidentPage />} />
          <Route path=":id/adl" element={<AdlPage />} />
        </Route>
        <Route
          path="section35"
          element={
            <RequireAuth roles={LAO_ROLES}>
              <Section35Layout />
            </RequireAuth>
          }
        >
          <Route index element={<SummaryPage />} />
          <Route path="placements" element={<PlacementListPage />} />
          <Route path="placements/new" element={<NewPlacementPage />} />
          <Route path="placements/:id" element={<PlacementPage />} />
          <Route path="employers" element={<EmployerListPage />} />
          <Route path="employers/new" element={<EmployerFormPage />} />
          <Route path="employers/:id" element={<EmployerFormPage />} />
        </Route>
        <Route
          path="caregivers"
          element={
            <RequireAuth roles={LAO_ROLES}>
              <CaregiversLayout />
            </RequireAuth>
          }
        >
          <Route index element={<CaregiverListPage />} />
          <Route path="new" element={<NewCaregiverPage />} />
          <Route path="stipends" element={<StipendsPage />} />
          <Route path="follow-up" element={<FollowUpPage />} />
          <Route path=":id" element={<CaregiverPage />} />
          <Route path=":id/visit" element={<VisitPage />} />
          <Route path=":id/month" element={<MonthPage />} />
        </Route>
        {/* Independent occupations (อาชีพอิสระ): its own route table, see occupations/OccupationsRoutes. */}
        <Route
          path="occupations/*"
          element={
            <RequireAuth roles={LAO_ROLES}>
              <OccupationsRoutes />
            </RequireAuth>
          }
        />
        {/* The yearly report (docs/decisions/0013): the LAO's own, person-level behind its figures. */}
        <Route
          path="reports/yearly"
          element={
            <RequireAuth roles={LAO_ROLES}>
              <ReportPage />
            </RequireAuth>
          }
        />
        {/* Approved aggregates only, for provincial and DLA officers. */}
        <Route
          path="statistics"
          element={
            <RequireAuth roles={['province_officer', 'dla_officer']}>
              <StatisticsPage />
            </RequireAuth>
          }
        />
        {/* Reference data: every role reads it, DLA officers edit it. */}
        <Route path="reference/section35-rates" element={<RatesPage />} />
        <Route
          path="users"
          element={
            <RequireAuth roles={['lao_admin', 'province_officer', 'dla_officer']}>
              <UsersPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('common.notFound')}</h1>
      <Link to="/">{t('common.backHome')}</Link>
    </section>
  );
}

/**
 * One query client per signed-in account (decision 0050): what one user read is never shown to
 * the next, and nothing is cleared under a page that has started reading. A test may pass its own.
 */
function QueryClientPerUser({ queryClient, children }: { queryClient?: QueryClient; children: ReactNode }) {
  const { user } = useAuth();
  const id = user?.id ?? null;
  const [current, setCurrent] = useState(() => ({ id, client: queryClient ?? createQueryClient() }));
  let client = current.client;
  if (current.id !== id) {
    // A new account gets a new, empty cache; signing out leaves an empty one for the sign-in pages.
    client = queryClient ?? createQueryClient();
    setCurrent({ id, client });
  }
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

export function App({ queryClient }: { queryClient?: QueryClient } = {}) {
  return (
    <BrowserRouter>
      <AuthProvider>
        <QueryClientPerUser queryClient={queryClient}>
          <AppRoutes />
        </QueryClientPerUser>
      </AuthProvider>
    </BrowserRouter>
  );
}

export default App;
