import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatBaht } from '@elderwork/thai';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { formatDate } from '../i18n/format';
import { formatMoney, satangOf } from '../ui/money';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/LoadError';
import { currentMonth, formatMonth, isCeMonth } from './month';
import { MonthSelect } from './MonthSelect';
import { PayStipend } from './PayStipend';
import { useGenerateStipends, useStipends } from './queries';

/**
 * A month's stipends: generate them (idempotent: created vs already there), read them, and mark each
 * paid. Volunteers below the visit norm are flagged (days/norm) after generating and in the list;
 * paying one asks first (PayStipend, decision 0039).
 */
export function StipendsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const requested = params.get('month');
  const month = isCeMonth(requested) ? requested : currentMonth();
  const stipends = useStipends(month);
  const { data } = stipends;
  const generateStipends = useGenerateStipends();
  const generation = generateStipends.data ?? null;
  const [paying, setPaying] = useState<string | null>(null);
  const [paidFlash, setPaidFlash] = useState(false);

  const changeMonth = (m: string) => {
    generateStipends.reset();
    setPaying(null);
    setPaidFlash(false);
    setParams({ month: m });
  };

  // Idempotent on the server; the list is read again by the mutation's invalidation.
  const generate = () => {
    setPaidFlash(false);
    generateStipends.mutate(month);
  };

  const totalSatang = (data ?? []).reduce((sum, s) => sum + satangOf(s.amount), 0);

  return (
    <section>
      <div className="page-head">
        <h1>{t('caregivers.stipends.title')}</h1>
      </div>
      <form className="card filters" onSubmit={(e) => e.preventDefault()}>
        <div className="grid">
          <MonthSelect value={month} onChange={changeMonth} />
          <div className="field field--action">
            <button type="button" className="btn btn--primary" disabled={generateStipends.isPending} onClick={generate} data-testid="stipends-generate">
              {t('caregivers.stipends.generate')}
            </button>
          </div>
        </div>
        <small className="field-hint">{t('caregivers.stipends.explain')}</small>
      </form>
      {generation && generation.month === month && (
        <Alert tone="success" testId="generate-result">
          <span data-testid="generate-counts" data-created={generation.created.length} data-existing={generation.existing.length}>
            {formatMonth(generation.month, lang)}:{' '}
            {t('caregivers.stipends.generated', { created: generation.created.length, existing: generation.existing.length })}
          </span>
          {generation.created.length > 0 && (
            <ul data-testid="generate-created">
              {generation.created.map((s) => (
                <li key={s.id}>
                  {s.caregiver.name} · {formatMoney(s.amount, lang, true)}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {generation && generation.month === month && generation.belowNorm.length > 0 && (
        <Alert tone="info" testId="generate-below-norm">
          <strong>⚠ {t('caregivers.stipends.belowNormTitle', { count: generation.belowNorm.length })}</strong>
          <ul>
            {generation.belowNorm.map((b) => (
              <li key={b.stipendId} data-testid="below-norm-item">
                {t('caregivers.stipends.belowNormItem', { name: b.caregiver.name, days: b.days, norm: b.norm.days, hours: b.hours, normHours: b.norm.hours })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {generateStipends.isError && (
        <Alert tone="error" testId="generate-error">
          {describeError(generateStipends.error, lang, t)}
        </Alert>
      )}
      {paidFlash && (
        <Alert tone="success" testId="flash">
          {t('caregivers.stipends.paid')}
        </Alert>
      )}
      {stipends.isError && <LoadError query={stipends} />}
      {stipends.isPending && <p className="page-loading">{t('common.loading')}</p>}
      {data &&
        (data.length === 0 ? (
          <p className="empty" data-testid="empty">
            {t('caregivers.stipends.empty')}
          </p>
        ) : (
          <div className="table-wrap" aria-busy={stipends.isFetching}>
            <table data-testid="stipend-table">
              <thead>
                <tr>
                  <th>{t('caregivers.stipends.caregiver')}</th>
                  <th className="num">{t('caregivers.stipends.rate')}</th>
                  <th className="num">{t('caregivers.stipends.days')}</th>
                  <th>{t('caregivers.stipends.visits')}</th>
                  <th className="num">{t('caregivers.stipends.amount')}</th>
                  <th>{t('caregivers.stipends.paidOn')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((s) => (
                  <Fragment key={s.id}>
                    <tr data-testid="stipend-row" data-paid={s.paidOn !== null} data-below-norm={s.belowNorm}>
                      <td>
                        <Link to={`/caregivers/${s.caregiver.id}`}>{s.caregiver.name}</Link>
                      </td>
                      <td className="num mono">{formatMoney(s.monthlyStipend, lang)}</td>
                      <td className="num nowrap">{t('caregivers.stipends.daysOf', { active: s.daysActive, days: s.daysInMonth })}</td>
                      <td className="nowrap" data-testid="stipend-visits">
                        {t('caregivers.stipends.visitsOf', { days: s.visits.days, norm: s.norm.days, hours: s.visits.hours })}
                        {s.belowNorm && (
                          <>
                            {' '}
                            <span className="badge badge--warn" data-testid="stipend-below-norm">
                              ⚠ {t('caregivers.stipends.belowNorm')}
                            </span>
                          </>
                        )}
                      </td>
                      <td className="num mono" data-testid="stipend-amount">
                        {formatMoney(s.amount, lang)}
                      </td>
                      <td className="nowrap">
                        {s.paidOn ? (
                          <>
                            <span data-testid="stipend-paid-on">{formatDate(s.paidOn, lang)}</span>
                            {s.paidVisits && (
                              <>
                                <br />
                                <small className="muted" data-testid="stipend-paid-visits">
                                  {t('caregivers.stipends.paidOnVisits', { days: s.paidVisits.days, norm: s.norm.days, hours: s.paidVisits.hours })}
                                </small>
                              </>
                            )}
                          </>
                        ) : (
                          <>
                            <span className="muted">{t('caregivers.stipends.unpaid')}</span>{' '}
                            <button
                              type="button"
                              className="btn btn--small"
                              aria-expanded={paying === s.id}
                              onClick={() => setPaying(paying === s.id ? null : s.id)}
                              data-testid="stipend-pay"
                            >
                              {t('caregivers.stipends.markPaid')}
                            </button>
                          </>
                        )}
                      </td>
                    </tr>
                    {paying === s.id && !s.paidOn && (
                      <tr className="row-form">
                        <td colSpan={6}>
                          <PayStipend
                            stipend={s}
                            onPaid={() => {
                              setPaying(null);
                              setPaidFlash(true);
                            }}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th colSpan={4}>{t('caregivers.stipends.total')}</th>
                  <th className="num mono" data-testid="stipend-total">
                    {formatBaht(totalSatang, lang)}
                  </th>
                  <th />
                </tr>
              </tfoot>
            </table>
          </div>
        ))}
    </section>
  );
}
