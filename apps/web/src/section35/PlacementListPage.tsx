import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  MODALITIES,
  MODALITY_LABELS,
  PLACEMENT_STATUSES,
  PLACEMENT_STATUS_LABELS,
  type Modality,
  type PlacementStatus,
} from '@elderwork/contracts';
import { employersApi, placementsApi, type PlacementQuery, type YearType } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { useLabel } from '../i18n';
import { LoadError } from '../ui/LoadError';
import { PlacementTable } from './PlacementTable';
import { YearFields } from '../ui/YearFields';

const number = new Intl.NumberFormat('th-TH');

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return list.find((item) => item === value);
}

/** Placements, filtered by year (calendar or fiscal), modality, employer and status; filters live in the URL. */
export function PlacementListPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const filters: PlacementQuery = {
    year: Number(params.get('year')) || undefined,
    yearType: params.get('yearType') === 'fiscal' ? 'fiscal' : 'calendar',
    modality: oneOf<Modality>(MODALITIES, params.get('modality')),
    employerId: params.get('employerId') || undefined,
    status: oneOf<PlacementStatus>(PLACEMENT_STATUSES, params.get('status')),
  };
  const employers = useFetch(() => employersApi.list(), 'employers');
  const request: PlacementQuery = { ...filters, yearType: filters.year ? filters.yearType : undefined };
  const { data, error, loading, reload } = useFetch(() => placementsApi.list(request), JSON.stringify(request));

  const update = (patch: Partial<PlacementQuery>) => {
    const next = { ...filters, ...patch };
    const search: Record<string, string> = {};
    for (const [key, value] of Object.entries(next)) if (value !== undefined && value !== '') search[key] = String(value);
    if (!next.year) delete search['yearType'];
    setParams(search);
  };

  return (
    <section>
      <div className="page-head">
        <h1>{t('placements.title')}</h1>
        <Link to="/section35/placements/new" className="btn btn--primary" data-testid="new-placement">
          {t('placements.add')}
        </Link>
      </div>
      <form className="card filters" role="search" aria-label={t('placements.filter')} onSubmit={(e) => e.preventDefault()}>
        <div className="grid">
          <YearFields
            year={filters.year}
            yearType={filters.yearType as YearType}
            onChange={(year, yearType) => update({ year, yearType })}
            allowAll
          />
          <div className="field">
            <label htmlFor="modality">{t('placements.col.modality')}</label>
            <select
              id="modality"
              value={filters.modality ?? ''}
              onChange={(e) => update({ modality: oneOf(MODALITIES, e.target.value) })}
              data-testid="filter-modality"
            >
              <option value="">{t('section35.all')}</option>
              {MODALITIES.map((m) => (
                <option key={m} value={m}>
                  {label(MODALITY_LABELS, m)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="employerId">{t('placements.col.employer')}</label>
            <select
              id="employerId"
              value={filters.employerId ?? ''}
              onChange={(e) => update({ employerId: e.target.value || undefined })}
              data-testid="filter-employer"
            >
              <option value="">{t('section35.all')}</option>
              {employers.data?.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="status">{t('placements.col.status')}</label>
            <select
              id="status"
              value={filters.status ?? ''}
              onChange={(e) => update({ status: oneOf(PLACEMENT_STATUSES, e.target.value) })}
              data-testid="filter-status"
            >
              <option value="">{t('section35.all')}</option>
              {PLACEMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {label(PLACEMENT_STATUS_LABELS, s)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </form>
      {error !== null && <LoadError error={error} onRetry={reload} />}
      {loading && !data && <p className="page-loading">{t('common.loading')}</p>}
      {data && (
        <div aria-busy={loading}>
          {data.items.length === 0 ? (
            <p className="empty" data-testid="empty">
              {t('placements.empty')}
            </p>
          ) : (
            <PlacementTable placements={data.items} inPeriod={filters.year !== undefined} />
          )}
          <p className="muted" data-testid="total">
            {t('placements.total', { total: number.format(data.total) })}
          </p>
        </div>
      )}
    </section>
  );
}
