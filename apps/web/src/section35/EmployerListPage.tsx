import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { formatNationalId } from '@elderwork/thai';
import { employersApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/LoadError';

/** สถานประกอบการ that arrange Section 35 benefits through this LAO. */
export function EmployerListPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, error, reload } = useFetch(() => employersApi.list(), 'employers');
  const flash = location.state as { saved?: string } | null;

  return (
    <section>
      <div className="page-head">
        <h1>{t('employers.title')}</h1>
        <Link to="/section35/employers/new" className="btn btn--primary" data-testid="new-employer">
          {t('employers.add')}
        </Link>
      </div>
      {flash?.saved && (
        <Alert tone="success" testId="flash">
          {t('employers.saved')}
        </Alert>
      )}
      {error !== null && <LoadError error={error} onRetry={reload} />}
      {data && data.length === 0 && (
        <p className="empty" data-testid="empty">
          {t('employers.empty')}
        </p>
      )}
      {data && data.length > 0 && (
        <div className="table-wrap">
          <table data-testid="employer-table">
            <thead>
              <tr>
                <th>{t('employers.name')}</th>
                <th>{t('employers.registrationNumber')}</th>
                <th>{t('employers.province')}</th>
                <th>{t('employers.contactPerson')}</th>
                <th>{t('employers.phone')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((e) => (
                <tr key={e.id} data-testid="employer-row">
                  <td>
                    <Link to={`/section35/employers/${e.id}`}>{e.name}</Link>
                  </td>
                  <td className="nowrap mono">{formatNationalId(e.registrationNumber)}</td>
                  <td>{e.provinceName ?? e.provinceCode}</td>
                  <td>{e.contactPerson ?? '–'}</td>
                  <td className="nowrap">{e.phone ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
