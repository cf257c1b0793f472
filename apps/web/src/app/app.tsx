import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LAO_ROLES } from '@elderwork/contracts';
import { AuthProvider } from '../auth/AuthProvider';
import { LoginPage } from '../auth/LoginPage';
import { RequireAuth } from '../auth/RequireAuth';
import { HomePage } from '../home/HomePage';
import { Layout } from '../layout/Layout';
import { EditResidentPage } from '../residents/EditResidentPage';
import { ImportPage } from '../residents/ImportPage';
import { RegisterResidentPage } from '../residents/RegisterResidentPage';
import { ResidentListPage } from '../residents/ResidentListPage';
import { UsersPage } from '../users/UsersPage';

/** Routes; person-level pages are for LAO staff and administrators only. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <Layout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="residents" element={<RequireAuth roles={LAO_ROLES} />}>
          <Route index element={<ResidentListPage />} />
          <Route path="new" element={<RegisterResidentPage />} />
          <Route path="import" element={<ImportPage />} />
          <Route path=":id" element={<EditResidentPage />} />
        </Route>
        <Route
          path="users"
          element={
            <RequireAuth roles={['lao_admin']}>
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

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <AppRoutes />
      </AuthProvider>
    </BrowserRouter>
  );
}

export default App;
