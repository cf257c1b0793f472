import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { JOB_FIELD_LABELS, JOB_FIELDS, PHYSICAL_DEMAND_LABELS, type JobField } from '@elderwork/contracts';
import type { JobQuery } from '../../api/endpoints';
import { useJobs } from '../queries';
import { ListResults } from '../ListResults';
import { SearchField } from '../../ui/SearchField';
import { useLabel, useLang } from '../../i18n';
import { formatWeekdays } from '../format';
import { JobCapacity } from './JobCapacity';

const fieldOf = (value: string | null): JobField | undefined => JOB_FIELDS.find((f) => f === value);
const openOf = (value: string | null): boolean | undefined => (value === 'true' ? true : value === 'false' ? false : undefined);

/** The job board: local work offered to elders, by field and status; open jobs first by default. */
export function JobListPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const filters: JobQuery = {
    field: fieldOf(params.get('field')),
    open: params.has('open') ? openOf(params.get('open')) : true,
    q: params.get('q') ?? undefined,
  };
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  const list = useJobs(filters);

  const update = (patch: Partial<JobQuery>) => {
    const next = { ...filters, ...patch };
    const search: Record<string, string> = { open: next.open === undefined ? 'all' : String(next.open) };
    if (next.field) search['field'] = next.field;
    if (next.q) search['q'] = next.q;
    setParams(search);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() || undefined });
  };

  return (
    <section>
      <div className="page-head">
        <h1>{t('occupations.jobs.title')}</h1>
        <Link to="/occupations/jobs/new" className="btn btn--primary" data-testid="new-job">
          {t('occupations.jobs.add')}
        </Link>
      </div>
      <form className="card filters" role="search" aria-label={t('occupations.filter')} onSubmit={submit}>
        <div className="grid">
          <div className="field">
            <label htmlFor="field">{t('occupations.jobs.field')}</label>
            <select id="field" value={filters.field ?? ''} onChange={(e) => update({ field: fieldOf(e.target.value) })} data-testid="filter-field">
              <option value="">{t('occupations.all')}</option>
              {JOB_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {label(JOB_FIELD_LABELS, f)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="open">{t('occupations.jobs.col.status')}</label>
            <select
              id="open"
              value={filters.open === undefined ? 'all' : String(filters.open)}
              onChange={(e) => update({ open: openOf(e.target.value) })}
              data-testid="filter-open"
            >
              <option value="all">{t('occupations.all')}</option>
              <option value="true">{t('occupations.jobs.openOnly')}</option>
              <option value="false">{t('occupations.jobs.closedOnly')}</option>
            </select>
          </div>
          <SearchField value={text} onChange={setText} placeholder={t('occupations.jobs.searchPlaceholder')} wide />
        </div>
      </form>
      <ListResults state={list} empty={t('occupations.jobs.empty')}>
        {(items) => (
          <table data-testid="job-table">
            <thead>
              <tr>
                <th>{t('occupations.jobs.col.title')}</th>
                <th>{t('occupations.jobs.col.field')}</th>
                <th>{t('occupations.jobs.col.organisation')}</th>
                <th>{t('occupations.jobs.col.schedule')}</th>
                <th>{t('occupations.jobs.col.demand')}</th>
                <th className="num">{t('occupations.jobs.col.active')}</th>
                <th>{t('occupations.jobs.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((j) => (
                <tr key={j.id} data-testid="job-row" className={j.open ? undefined : 'inactive'}>
                  <td>
                    <Link to={`/occupations/jobs/${j.id}`} data-testid="job-link">
                      {j.title}
                    </Link>
                  </td>
                  <td>{label(JOB_FIELD_LABELS, j.field)}</td>
                  <td>{j.organisation}</td>
                  <td>{t('occupations.jobs.schedule', { days: formatWeekdays(j.weekdays, lang), start: j.startTime, end: j.endTime })}</td>
                  <td>{label(PHYSICAL_DEMAND_LABELS, j.physicalDemand)}</td>
                  <td className="num">
                    <JobCapacity job={j} />
                  </td>
                  <td>
                    <span className={`badge${j.open ? ' badge--ok' : ''}`}>{j.open ? t('occupations.jobs.isOpen') : t('occupations.jobs.isClosed')}</span>
                    {j.shareable && <span className="badge"> {t('occupations.jobs.shared')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListResults>
    </section>
  );
}
