import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { COURSE_KIND_LABELS, COURSE_KINDS, COURSE_STATUS_LABELS, type CourseKind, type CourseStatus } from '@elderwork/contracts';
import type { CourseQuery, YearType } from '../../api/endpoints';
import { useCourses } from '../queries';
import { ListResults } from '../ListResults';
import { SearchField } from '../../ui/SearchField';
import { useLabel, useLang } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { YearFields } from '../../ui/YearFields';
import { formatCount, formatWeekdays } from '../format';

/** Running courses stand out; not started and ended ones are plain. */
const STATUS_BADGE: Record<CourseStatus, string> = { not_started: ' badge--planned', running: ' badge--ok', ended: '' };

const kindOf = (value: string | null): CourseKind | undefined => COURSE_KINDS.find((k) => k === value);

/** Courses and elderly-school terms, filtered by kind, year and title; the filters live in the URL. */
export function CourseListPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const filters: CourseQuery = {
    kind: kindOf(params.get('kind')),
    year: Number(params.get('year')) || undefined,
    yearType: params.get('yearType') === 'calendar' ? 'calendar' : 'fiscal',
    q: params.get('q') ?? undefined,
  };
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  const request: CourseQuery = { ...filters, yearType: filters.year ? filters.yearType : undefined };
  const list = useCourses(request);

  const update = (patch: Partial<CourseQuery>) => {
    const next = { ...filters, ...patch };
    const search: Record<string, string> = {};
    for (const [key, value] of Object.entries(next)) if (value !== undefined && value !== '') search[key] = String(value);
    if (!next.year) delete search['yearType'];
    setParams(search);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() || undefined });
  };

  return (
    <section>
      <div className="page-head">
        <h1>{t('occupations.courses.title')}</h1>
        <Link to="/occupations/courses/new" className="btn btn--primary" data-testid="new-course">
          {t('occupations.courses.add')}
        </Link>
      </div>
      <form className="card filters" role="search" aria-label={t('occupations.filter')} onSubmit={submit}>
        <div className="grid">
          <div className="field">
            <label htmlFor="kind">{t('occupations.courses.kind')}</label>
            <select id="kind" value={filters.kind ?? ''} onChange={(e) => update({ kind: kindOf(e.target.value) })} data-testid="filter-kind">
              <option value="">{t('occupations.all')}</option>
              {COURSE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {label(COURSE_KIND_LABELS, k)}
                </option>
              ))}
            </select>
          </div>
          <YearFields
            year={filters.year}
            yearType={filters.yearType as YearType}
            onChange={(year, yearType) => update({ year, yearType })}
            allowAll
          />
          <SearchField value={text} onChange={setText} placeholder={t('occupations.courses.searchPlaceholder')} />
        </div>
      </form>
      <ListResults state={list} empty={t('occupations.courses.empty')}>
        {(items) => (
          <table data-testid="course-table">
            <thead>
              <tr>
                <th>{t('occupations.courses.col.title')}</th>
                <th>{t('occupations.courses.col.kind')}</th>
                <th>{t('occupations.courses.col.dates')}</th>
                <th>{t('occupations.courses.col.schedule')}</th>
                <th className="num">{t('occupations.courses.col.sessions')}</th>
                <th className="num">{t('occupations.courses.col.enrolled')}</th>
                <th className="num">{t('occupations.courses.col.completed')}</th>
                <th>{t('occupations.courses.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id} data-testid="course-row">
                  <td>
                    <Link to={`/occupations/courses/${c.id}`} data-testid="course-link">
                      {c.title}
                    </Link>
                  </td>
                  <td>{label(COURSE_KIND_LABELS, c.kind)}</td>
                  <td className="nowrap">
                    {formatDate(c.startDate, lang)} – {formatDate(c.endDate, lang)}
                  </td>
                  <td>
                    {formatWeekdays(c.weekdays, lang)} {c.startTime}
                  </td>
                  <td className="num">
                    {formatCount(c.sessionsHeld)}/{formatCount(c.sessionsPlanned)}
                  </td>
                  <td className="num">{formatCount(c.enrolled)}</td>
                  <td className="num">{formatCount(c.completed)}</td>
                  <td>
                    <span className={`badge${STATUS_BADGE[c.status]}`} data-testid="course-status" data-status={c.status}>
                      {label(COURSE_STATUS_LABELS, c.status)}
                    </span>
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
