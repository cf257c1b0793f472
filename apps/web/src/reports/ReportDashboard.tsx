import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../i18n';
import { formatMoney } from '../ui/money';
import { LoadError } from '../ui/LoadError';
import { Stat } from '../ui/Stat';
import { currentFiscalYear } from '../ui/YearFields';
import { useYearlyReport } from './queries';
import { ReportStatusBadge } from './ReportStatusBadge';

// recharts is the largest dependency: load it only with the charts.
const DashboardCharts = lazy(() => import('./DashboardCharts').then((m) => ({ default: m.DashboardCharts })));

/** This fiscal year and the five before it, newest first. */
const fiscalYears = (): number[] => Array.from({ length: 6 }, (_, i) => currentFiscalYear() - i);

/** The LAO's income figures of a fiscal year (the live yearly report) at a glance, with a link to the report. */
export function ReportDashboard() {
  const { t } = useTranslation();
  const lang = useLang();
  const [year, setYear] = useState(currentFiscalYear);
  const live = useYearlyReport(year, 'fiscal', 'live');
  const report = live.data;

  return (
    <section className="dashboard" data-testid="dashboard">
      <div className="page-head">
        <h2>
          {t('reports.dashboard.title', { year })} {report && <ReportStatusBadge status={report.status} testId="dashboard-status" />}
        </h2>
        <div className="dashboard-controls">
          <select aria-label={t('reports.dashboard.year')} value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="dashboard-year">
            {fiscalYears().map((y) => (
              <option key={y} value={y}>
                {t('reports.dashboard.year')} {y}
              </option>
            ))}
          </select>
          <Link to={`/reports/yearly?year=${year}&yearType=fiscal`} className="btn" data-testid="dashboard-report-link">
            {t('reports.dashboard.openReport')}
          </Link>
        </div>
      </div>
      {live.isError && <LoadError query={live} />}
      {report && (
        <>
          <div className="stats">
            <Stat label={t('reports.dashboard.persons')} value={report.total.persons} unit={t('reports.personsUnit')} testId="dashboard-persons" />
            <Stat label={t('reports.dashboard.income')} value={formatMoney(report.total.income, lang)} unit={t('reports.baht')} testId="dashboard-income" />
            <Stat label={t('reports.dashboard.average')} value={formatMoney(report.total.averagePerPerson, lang)} unit={t('reports.baht')} testId="dashboard-average" />
          </div>
          {report.total.persons === 0 ? (
            <p className="empty" data-testid="dashboard-empty">
              {t('reports.dashboard.empty')}
            </p>
          ) : (
            <Suspense fallback={<p className="page-loading">{t('common.loading')}</p>}>
              <DashboardCharts report={report} />
            </Suspense>
          )}
        </>
      )}
    </section>
  );
}
