import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { MODEL_LABELS, MODELS, STATISTICS_GROUPS, type Model, type StatisticsGroup } from '@elderwork/contracts';
import type { StatisticsQuery } from '../api/endpoints';
import { useLabel, useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { currentFiscalYear } from '../ui/YearFields';
import { isYearType } from '../ui/report-labels';
import { YearFields } from '../ui/YearFields';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/LoadError';
import { MissingLaos } from './MissingLaos';
import { useExportStatistics, useStatistics } from './queries';
import { StatisticsTable } from './StatisticsTable';

// recharts is the largest dependency: load it only with the chart.
const StatisticsChart = lazy(() => import('./StatisticsChart').then((m) => ({ default: m.StatisticsChart })));

/** Provinces first: the officers' usual cut. */
const GROUP_ORDER: readonly StatisticsGroup[] = ['province', 'laoType', 'lao', 'nation'];
const isGroup = (v: string | null): v is StatisticsGroup => (STATISTICS_GROUPS as readonly string[]).includes(v ?? '');
const isModel = (v: string | null): v is Model => (MODELS as readonly string[]).includes(v ?? '');

/**
 * สถิติ for provincial and DLA officers: approved reports summed by province, LAO type, LAO or the
 * nation, small cells hidden by the API; how many LAOs have approved; exports; the LAOs still missing.
 * The default is the last fiscal year that has ended (reports are approved after the year closes).
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const yearTypeParam = params.get('yearType');
  const groupParam = params.get('groupBy');
  const modelParam = params.get('model');
  const q: StatisticsQuery = {
    year: Number(params.get('year')) || currentFiscalYear() - 1,
    yearType: isYearType(yearTypeParam) ? yearTypeParam : 'fiscal',
    groupBy: isGroup(groupParam) ? groupParam : 'province',
    model: isModel(modelParam) ? modelParam : undefined,
  };
  const statistics = useStatistics(q);
  // The answer of the query asked for only (a new key starts without data).
  const stats = statistics.data;
  const exportFile = useExportStatistics();
  const exporting = exportFile.isPending;

  const change = (next: Partial<StatisticsQuery>) => {
    const merged = { ...q, ...next };
    setParams({ year: String(merged.year), yearType: merged.yearType, groupBy: merged.groupBy, ...(merged.model ? { model: merged.model } : {}) });
  };
  const exportAs = (format: 'csv' | 'xlsx') => exportFile.mutate({ query: q, format });

  return (
    <section data-testid="statistics-page">
      <div className="page-head">
        <h1>
          {t('statistics.title')}
          <small className="muted">{t('statistics.explain')}</small>
        </h1>
        <div className="button-row">
          <button type="button" className="btn" disabled={exporting} onClick={() => exportAs('csv')} data-testid="export-csv">
            {t('statistics.exportCsv')}
          </button>
          <button type="button" className="btn" disabled={exporting} onClick={() => exportAs('xlsx')} data-testid="export-xlsx">
            {t('statistics.exportXlsx')}
          </button>
        </div>
      </div>
      <form className="card filters" onSubmit={(e) => e.preventDefault()}>
        <div className="grid">
          <YearFields year={q.year} yearType={q.yearType} onChange={(year, yearType) => change({ year: year ?? q.year, yearType })} />
          <div className="field">
            <label htmlFor="groupBy">{t('statistics.groupBy')}</label>
            <select id="groupBy" name="groupBy" value={q.groupBy} onChange={(e) => isGroup(e.target.value) && change({ groupBy: e.target.value })} data-testid="group-by-select">
              {GROUP_ORDER.map((g) => (
                <option key={g} value={g}>
                  {t(`statistics.groups.${g}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="model">{t('statistics.model')}</label>
            <select id="model" name="model" value={q.model ?? ''} onChange={(e) => change({ model: isModel(e.target.value) ? e.target.value : undefined })} data-testid="model-select">
              <option value="">{t('statistics.allModels')}</option>
              {MODELS.map((m) => (
                <option key={m} value={m}>
                  {label(MODEL_LABELS, m)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </form>
      {exporting && <p className="page-loading">{t('statistics.exporting')}</p>}
      {exportFile.isError && (
        <Alert tone="error" testId="export-error">
          {describeError(exportFile.error, lang, t)}
        </Alert>
      )}
      {statistics.isError && <LoadError query={statistics} />}
      {stats && (
        <>
          <p className="coverage" data-testid="coverage" data-approved={stats.coverage.laosApproved} data-in-scope={stats.coverage.laosInScope}>
            {t('statistics.coverage', {
              approved: stats.coverage.laosApproved.toLocaleString('th-TH'),
              inScope: stats.coverage.laosInScope.toLocaleString('th-TH'),
            })}
          </p>
          {stats.rows.length === 0 ? (
            <p className="empty" data-testid="statistics-empty">
              {t('statistics.empty')}
            </p>
          ) : (
            <>
              <StatisticsTable stats={stats} />
              <p className="muted" data-testid="suppressed-legend">
                {t('statistics.legend', { minimum: stats.minimumCell })}
              </p>
              <Suspense fallback={<p className="page-loading">{t('common.loading')}</p>}>
                <StatisticsChart stats={stats} />
              </Suspense>
            </>
          )}
        </>
      )}
      <MissingLaos year={q.year} yearType={q.yearType} />
    </section>
  );
}
