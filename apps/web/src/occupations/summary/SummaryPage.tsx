import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SEX_LABELS, type OccupationsSummary } from '@elderwork/contracts';
import { satangToBaht } from '@elderwork/thai';
import { useLabel, useLang } from '../../i18n';
import { formatMoney, satangOf } from '../../ui/money';
import { SummaryLayout, useYearParams } from '../../ui/SummaryLayout';
import { currentFiscalYear } from '../../ui/YearFields';
import { Stat } from '../../ui/Stat';
import { formatHours } from '../format';
import { useOccupationsSummary } from '../queries';
import { IncomeGroupTable, type IncomeGroupRow } from './IncomeGroupTable';

// recharts is the largest dependency: load it only with the charts.
const SummaryCharts = lazy(() => import('./SummaryCharts').then((m) => ({ default: m.SummaryCharts })));

/** สรุปอาชีพอิสระ for a BE year, fiscal (the default) or calendar; the choice lives in the URL. */
export function SummaryPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { year, yearType, setYear } = useYearParams(currentFiscalYear, 'fiscal');
  const summary = useOccupationsSummary(year, yearType);
  const { data } = summary;
  const groups = useGroups(data);
  const baht = t('occupations.baht');

  return (
    <SummaryLayout
      title={t('occupations.summary.title')}
      period={data?.period}
      action={
        <Link to="/occupations/income" className="btn">
          {t('occupations.summary.enterIncome')}
        </Link>
      }
      year={year}
      yearType={yearType}
      onYearChange={setYear}
      error={summary.error}
      onRetry={() => void summary.refetch()}
    >
      {data && (
        <>
          <div className="stats">
            <Stat label={t('occupations.summary.persons')} value={data.income.persons} unit={t('occupations.persons')} testId="summary-income-persons" />
            <div className="stat" data-testid="summary-income" data-value={satangToBaht(satangOf(data.income.amount))}>
              <span className="stat-label">{t('occupations.summary.income')}</span>
              <span className="stat-value">
                {formatMoney(data.income.amount, lang)} <small>{baht}</small>
              </span>
            </div>
            <Stat
              label={t('occupations.summary.average')}
              value={formatMoney(data.income.averagePerPerson, lang)}
              unit={baht}
              testId="summary-income-average"
            />
            <Stat label={t('occupations.summary.trained')} value={data.training.personsTrained} unit={t('occupations.persons')} testId="summary-trained" />
            <Stat
              label={t('occupations.summary.trainingHours')}
              value={formatHours(data.training.trainingHours)}
              unit={t('occupations.hours')}
              testId="summary-training-hours"
            />
            <Stat label={t('occupations.summary.wisdom')} value={data.wisdom.registrations} unit={t('occupations.items')} testId="summary-wisdom" />
            <Stat label={t('occupations.summary.placements')} value={data.jobs.placements} unit={t('occupations.items')} testId="summary-job-placements" />
          </div>
          {data.income.records === 0 ? (
            <p className="empty" data-testid="summary-no-income">
              {t('occupations.summary.noIncome')}
            </p>
          ) : (
            <>
              <Suspense fallback={<p className="page-loading">{t('common.loading')}</p>}>
                <SummaryCharts income={data.income} />
              </Suspense>
              <IncomeGroupTable title={t('occupations.summary.byProduct')} rows={groups.byProduct} testId="summary-by-product" />
              <IncomeGroupTable title={t('occupations.summary.bySex')} rows={groups.bySex} testId="summary-by-sex" />
              <IncomeGroupTable title={t('occupations.summary.byAgeBand')} rows={groups.byAgeBand} testId="summary-by-age-band" />
            </>
          )}
        </>
      )}
    </SummaryLayout>
  );
}

type GroupName = 'byProduct' | 'bySex' | 'byAgeBand';

/** The income breakdowns as labelled rows in the UI language. */
function useGroups(data: OccupationsSummary | undefined): Record<GroupName, IncomeGroupRow[]> {
  const { t } = useTranslation();
  const label = useLabel();
  if (!data) return { byProduct: [], bySex: [], byAgeBand: [] };
  const { income } = data;
  return {
    byProduct: income.byProduct.map((g) => ({ ...g, key: g.productId, label: g.name })),
    bySex: income.bySex.map((g) => ({ ...g, key: g.sex, label: label(SEX_LABELS, g.sex) })),
    byAgeBand: income.byAgeBand.map((g) => ({
      ...g,
      key: g.ageBand,
      label: g.ageBand === 'under-60' ? t('occupations.summary.under60') : t('occupations.summary.ageBand', { band: g.ageBand }),
    })),
  };
}
