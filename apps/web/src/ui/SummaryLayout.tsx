import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { YearType } from '../api/endpoints';
import { useLang } from '../i18n';
import { formatDate } from '../i18n/format';
import { LoadError } from './LoadError';
import { YearFields } from './YearFields';

/** The year a summary shows, kept in the URL (`?year=2568&yearType=fiscal`); without one, the default. */
export function useYearParams(defaultYear: () => number, defaultType: YearType) {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || defaultYear();
  const asked = params.get('yearType');
  const yearType: YearType = asked === 'fiscal' || asked === 'calendar' ? asked : defaultType;
  const setYear = (y: number | undefined, type: YearType) => setParams({ year: String(y ?? defaultYear()), yearType: type });
  return { year, yearType, setYear };
}

interface SummaryLayoutProps {
  title: string;
  /** The dates the chosen year covers, once the summary is loaded. */
  period?: { start: string; end: string };
  /** The button beside the title (to the list, to data entry). */
  action: ReactNode;
  year: number;
  yearType: YearType;
  onYearChange: (year: number | undefined, yearType: YearType) => void;
  error: unknown;
  onRetry: () => void;
  children: ReactNode;
}

/** A yearly summary page (Section 35, occupations): title with its period, the year fields, then the figures. */
export function SummaryLayout({ title, period, action, year, yearType, onYearChange, error, onRetry, children }: SummaryLayoutProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section>
      <div className="page-head">
        <h1>
          {title}
          {period && (
            <small className="muted" data-testid="summary-period">
              {t('common.period', { start: formatDate(period.start, lang, 'long'), end: formatDate(period.end, lang, 'long') })}
            </small>
          )}
        </h1>
        {action}
      </div>
      <form className="card filters" onSubmit={(e) => e.preventDefault()}>
        <div className="grid">
          <YearFields year={year} yearType={yearType} onChange={onYearChange} />
        </div>
      </form>
      {error !== null && <LoadError error={error} onRetry={onRetry} />}
      {children}
    </section>
  );
}
