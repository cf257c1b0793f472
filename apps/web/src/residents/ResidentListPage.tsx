import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { residentsApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/LoadError';
import { Pager } from './Pager';
import { RegistryFilterBar } from './RegistryFilterBar';
import { filtersFrom, paramsOf, type RegistryFilters } from './registry-filters';
import { ResidentTable } from './ResidentTable';
import { searchTerm } from '../ui/elder';

const PAGE_SIZE = 20;

/**
 * ทะเบียนผู้สูงอายุ: search by Thai name or national ID, filter and sort (decision 0038); the
 * query, filters, sort and page live in the URL, so back/forward and a shared link restore them.
 */
export function ResidentListPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const removed = params.get('removed') === '1';
  const filters = filtersFrom(params);
  const filterKey = paramsOf('', false, filters);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]); // back/forward changes the URL's query
  const { data, error, loading, reload } = useFetch(
    // Dashes and spaces typed in an ID are not in the stored digits.
    () => residentsApi.list({ q: searchTerm(q), page, pageSize: PAGE_SIZE, removed, ...filters }),
    `${q}|${page}|${removed}|${new URLSearchParams(filterKey).toString()}`,
  );
  const flash = location.state as { saved?: string; removed?: string } | null;

  const search = (event: FormEvent) => {
    event.preventDefault();
    setParams(paramsOf(text.trim(), removed, filters));
  };
  const goTo = (p: number) => setParams(paramsOf(q, removed, filters, p));
  // A new filter or sort starts again at page 1.
  const filter = (next: RegistryFilters) => setParams(paramsOf(q, removed, next));

  return (
    <section>
      <div className="page-head">
        <h1>{removed ? t('residents.removedTitle') : t('residents.title')}</h1>
        <Link to={removed ? '/residents' : '/residents?removed=1'} className="btn" data-testid="toggle-removed">
          {removed ? t('residents.showCurrent') : t('residents.showRemoved')}
        </Link>
        {!removed && (
          <Link to="/residents/new" className="btn btn--primary" data-testid="register-resident">
            {t('residents.register')}
          </Link>
        )}
      </div>
      {flash?.saved && (
        <Alert tone="success" testId="flash">
          {t('residents.saved')}
        </Alert>
      )}
      {flash?.removed && (
        <Alert tone="success" testId="flash">
          {t('residents.removedDone')}
        </Alert>
      )}
      <form className="search" role="search" onSubmit={search}>
        <input
          type="search"
          name="q"
          aria-label={t('common.search')}
          placeholder={t('residents.searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="search-input"
        />
        <button type="submit" className="btn" data-testid="search-submit">
          {t('common.search')}
        </button>
      </form>
      <RegistryFilterBar filters={filters} removed={removed} onChange={filter} />
      {error !== null && <LoadError error={error} onRetry={reload} />}
      {loading && !data && <p className="page-loading">{t('common.loading')}</p>}
      {data && (
        <div aria-busy={loading}>
          {data.items.length === 0 ? (
            <p className="empty" data-testid="empty">
              {t('residents.empty')}
            </p>
          ) : (
            <ResidentTable residents={data.items} sort={filters.sort ?? (removed ? undefined : 'name')} />
          )}
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={goTo} />
        </div>
      )}
    </section>
  );
}
