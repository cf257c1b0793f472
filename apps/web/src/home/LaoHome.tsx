import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { residentsApi } from '../api/endpoints';
import { residentKeys } from '../api/keys';
import { LoadError } from '../ui/LoadError';
import { Stat } from '../ui/Stat';

// recharts is the largest dependency: load it only with the home page's chart.
const AgeBandChart = lazy(() => import('./AgeBandChart').then((m) => ({ default: m.AgeBandChart })));

/** The LAO's registry at a glance, then the dashboard the app hands in. */
export function LaoHome({ dashboard }: { dashboard?: ReactNode }) {
  const { t } = useTranslation();
  const summary = useQuery({ queryKey: residentKeys.summary(), queryFn: residentsApi.summary });
  const { data } = summary;

  return (
    <section>
      <div className="page-head">
        <h1>{t('home.title')}</h1>
        <Link to="/residents/new" className="btn btn--primary">
          {t('residents.register')}
        </Link>
      </div>
      {summary.isError && <LoadError query={summary} />}
      {data && (
        <>
          <div className="stats">
            <Stat label={t('home.total')} value={data.total} unit={t('home.persons')} testId="stat-total" />
            <Stat label={t('home.withDisability')} value={data.withDisability} unit={t('home.persons')} testId="stat-disability" />
            <Stat label={t('home.livingAlone')} value={data.livingAlone} unit={t('home.persons')} testId="stat-alone" />
          </div>
          <Suspense fallback={<p className="page-loading">{t('common.loading')}</p>}>
            <AgeBandChart data={data.byAgeBand} />
          </Suspense>
        </>
      )}
      {dashboard}
    </section>
  );
}
