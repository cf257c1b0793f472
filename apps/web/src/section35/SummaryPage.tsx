import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DISABILITY_TYPE_LABELS, SEX_LABELS, type DisabilityType, type Section35Summary, type Sex } from '@elderwork/contracts';
import { section35Api } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { useLabel, useLang } from '../i18n';
import { Stat } from '../ui/Stat';
import { GroupTable, type GroupRow } from '../ui/GroupTable';
import { formatMoney } from '../ui/money';
import { SummaryLayout, useYearParams } from '../ui/SummaryLayout';
import { currentBeYear } from '../ui/YearFields';

// recharts is the largest dependency: load it only with the chart.
const ModalityChart = lazy(() => import('./ModalityChart').then((m) => ({ default: m.ModalityChart })));

/** สรุปมาตรา 35 for a BE year, calendar (DEP's year, the default) or fiscal; the choice lives in the URL. */
export function SummaryPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { year, yearType, setYear } = useYearParams(currentBeYear, 'calendar');
  const { data, error, reload } = useFetch(() => section35Api.summary(year, yearType), `${year}:${yearType}`);
  const groups = useGroups(data);

  return (
    <SummaryLayout
      title={t('summary.title')}
      period={data?.period}
      action={
        <Link to={`/section35/placements?year=${year}&yearType=${yearType}`} className="btn">
          {t('summary.seePlacements')}
        </Link>
      }
      year={year}
      yearType={yearType}
      onYearChange={setYear}
      error={error}
      onRetry={reload}
    >
      {data && (
        <>
          <div className="stats">
            <Stat label={t('summary.persons')} value={data.persons} unit={t('section35.persons')} testId="summary-persons" />
            <Stat label={t('summary.placements')} value={data.placements} unit={t('section35.items')} testId="summary-placements" />
            <Stat label={t('summary.value')} value={formatMoney(data.value, lang)} unit={t('section35.baht')} testId="summary-value" />
            <Stat label={t('summary.paid')} value={formatMoney(data.paid, lang)} unit={t('section35.baht')} testId="summary-paid" />
          </div>
          {data.placements === 0 ? (
            <p className="empty" data-testid="empty">
              {t('summary.empty')}
            </p>
          ) : (
            <>
              <Suspense fallback={<p className="page-loading">{t('common.loading')}</p>}>
                <ModalityChart data={data.byModality} />
              </Suspense>
              <GroupTable title={t('summary.byEmployer')} rows={groups.byEmployer} testId="summary-by-employer" />
              <GroupTable title={t('summary.bySex')} rows={groups.bySex} testId="summary-by-sex" />
              <GroupTable title={t('summary.byAgeBand')} rows={groups.byAgeBand} testId="summary-by-age-band" />
              <GroupTable title={t('summary.byDisabilityType')} rows={groups.byDisabilityType} testId="summary-by-disability" />
            </>
          )}
        </>
      )}
    </SummaryLayout>
  );
}

/** The summary's breakdowns as labelled rows in the UI language. */
function useGroups(data: Section35Summary | undefined): Record<'byEmployer' | 'bySex' | 'byAgeBand' | 'byDisabilityType', GroupRow[]> {
  const { t } = useTranslation();
  const label = useLabel();
  if (!data) return { byEmployer: [], bySex: [], byAgeBand: [], byDisabilityType: [] };
  return {
    byEmployer: data.byEmployer.map((g) => ({ ...g, key: g.employerId, label: g.name })),
    bySex: data.bySex.map((g) => ({ ...g, key: g.sex, label: label(SEX_LABELS, g.sex as Sex) })),
    byAgeBand: data.byAgeBand.map((g) => ({ ...g, key: g.ageBand, label: t('summary.ageBand', { band: g.ageBand }) })),
    byDisabilityType: data.byDisabilityType.map((g) => ({
      ...g,
      key: g.disabilityType,
      label: g.disabilityType === 'none' ? t('summary.noDisability') : label(DISABILITY_TYPE_LABELS, g.disabilityType as DisabilityType),
    })),
  };
}
