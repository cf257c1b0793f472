import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CaregiverMonthSummary } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { formatDate } from '../i18n/format';
import { LoadError } from '../ui/LoadError';
import { currentMonth, formatHours, isCeMonth } from './month';
import { MonthSelect } from './MonthSelect';
import { useCaregiverMonth } from './queries';

const number = new Intl.NumberFormat('th-TH');

/** A caregiver's month against the norm (20 days, 8 hours a day, pro-rated for the days active); the month is in the URL. */
export function MonthPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('month');
  const month = isCeMonth(requested) ? requested : currentMonth();
  const summary = useCaregiverMonth(id, month);
  const { data } = summary;

  return (
    <section>
      <div className="page-head">
        <h1>
          {t('caregivers.month.title')}
          {data && (
            <small className="muted">
              <Link to={`/caregivers/${id}`}>{data.caregiver.name}</Link>
            </small>
          )}
        </h1>
      </div>
      <form className="card filters" onSubmit={(e) => e.preventDefault()}>
        <div className="grid">
          <MonthSelect value={month} onChange={(m) => setParams({ month: m })} />
        </div>
      </form>
      {summary.isError && <LoadError query={summary} />}
      {summary.isPending && <p className="page-loading">{t('common.loading')}</p>}
      {data && <MonthFigures summary={data} />}
    </section>
  );
}

function MonthFigures({ summary: s }: { summary: CaregiverMonthSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div data-testid="month-summary" data-month={s.month}>
      <p className="muted" data-testid="month-period">
        {formatDate(s.period.start, lang, 'long')} – {formatDate(s.period.end, lang, 'long')} ·{' '}
        {s.daysActive > 0 ? t('caregivers.month.daysActive', { active: s.daysActive, days: s.daysInMonth }) : t('caregivers.month.notActive')}
      </p>
      <div className="stats">
        <NormStat
          testId="month-days"
          label={t('caregivers.month.daysWorked')}
          value={s.daysWorked}
          norm={s.norm.days}
          meets={s.meetsDayNorm}
          unit={t('caregivers.days')}
          format={(n) => number.format(n)}
        />
        <NormStat
          testId="month-hours"
          label={t('caregivers.month.hours')}
          value={s.hours}
          norm={s.norm.hours}
          meets={s.meetsHourNorm}
          unit={t('caregivers.hours')}
          format={formatHours}
        />
        <div className="stat" data-testid="month-visits">
          <span className="stat-label">{t('caregivers.month.visits')}</span>
          <span className="stat-value">
            {number.format(s.visits)} <small>{t('caregivers.times')}</small>
          </span>
        </div>
      </div>
      <section className="card">
        <h2>{t('caregivers.month.byRecipient')}</h2>
        {s.byRecipient.length === 0 ? (
          <p className="muted">{t('caregivers.month.noRecipients')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('caregivers.month.elder')}</th>
                  <th className="num">{t('caregivers.month.visits')}</th>
                  <th className="num">{t('caregivers.month.daysWorked')}</th>
                  <th className="num">{t('caregivers.month.hours')}</th>
                </tr>
              </thead>
              <tbody>
                {s.byRecipient.map((r) => (
                  <tr key={r.id} data-testid="month-recipient-row">
                    <td>{r.name}</td>
                    <td className="num">{number.format(r.visits)}</td>
                    <td className="num">{number.format(r.days)}</td>
                    <td className="num">{formatHours(r.hours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

interface NormStatProps {
  testId: string;
  label: string;
  value: number;
  norm: number;
  meets: boolean;
  unit: string;
  format: (n: number) => string;
}

/** One figure against its norm, with a bar (capped at 100 %). */
function NormStat({ testId, label, value, norm, meets, unit, format }: NormStatProps) {
  const { t } = useTranslation();
  const percent = norm > 0 ? Math.min(100, Math.round((value * 100) / norm)) : 0;
  return (
    <div className={`stat stat--${meets ? 'ok' : 'short'}`} data-testid={testId} data-value={value} data-norm={norm} data-meets={meets}>
      <span className="stat-label">{label}</span>
      <span className="stat-value">
        {format(value)} <small>/ {format(norm)} {unit}</small>
      </span>
      <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <small>
        {t('caregivers.month.ofNorm', { norm: format(norm), unit })} ·{' '}
        <span className={`badge ${meets ? 'badge--ok' : 'badge--warn'}`}>{meets ? t('caregivers.month.meets') : t('caregivers.month.below')}</span>
      </small>
    </div>
  );
}
