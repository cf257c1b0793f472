import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CAREGIVER_RULES, CAREGIVER_STATUSES, CAREGIVER_STATUS_LABELS, type CaregiverStatus } from '@elderwork/contracts';
import { useLabel, useLang } from '../i18n';
import { formatMoney } from '../ui/money';
import { LoadError } from '../ui/LoadError';
import { CaregiverStatusBadge, RecipientFlags } from './CaregiverBadges';
import { useCaregivers } from './queries';

const number = new Intl.NumberFormat('th-TH');

/** The roster: status, elders in care against the 2–4 rule, and the monthly stipend of each volunteer. */
export function CaregiverListPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const status = CAREGIVER_STATUSES.find((s) => s === params.get('status'));
  const roster = useCaregivers(status);
  const { data } = roster;

  const setStatus = (value: CaregiverStatus | undefined) => setParams(value ? { status: value } : {});

  return (
    <section>
      <div className="page-head">
        <h1>{t('caregivers.title')}</h1>
        <Link to="/caregivers/new" className="btn btn--primary" data-testid="new-caregiver">
          {t('caregivers.register')}
        </Link>
      </div>
      <form className="card filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="grid">
          <div className="field">
            <label htmlFor="status">{t('caregivers.col.status')}</label>
            <select
              id="status"
              value={status ?? ''}
              onChange={(e) => setStatus(CAREGIVER_STATUSES.find((s) => s === e.target.value))}
              data-testid="filter-status"
            >
              <option value="">{t('caregivers.allStatuses')}</option>
              {CAREGIVER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {label(CAREGIVER_STATUS_LABELS, s)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </form>
      {roster.isError && <LoadError query={roster} />}
      {roster.isPending && <p className="page-loading">{t('common.loading')}</p>}
      {data &&
        (data.length === 0 ? (
          <p className="empty" data-testid="empty">
            {t('caregivers.empty')}
          </p>
        ) : (
          <div className="table-wrap" aria-busy={roster.isFetching}>
            <table className="roster" data-testid="roster">
              <thead>
                <tr>
                  <th>{t('caregivers.col.name')}</th>
                  <th>{t('caregivers.col.status')}</th>
                  <th className="num">{t('caregivers.col.recipients')}</th>
                  <th>{t('caregivers.col.flags')}</th>
                  <th className="num">{t('caregivers.col.stipend')}</th>
                  <th className="num">{t('caregivers.col.trainingHours')}</th>
                  <th>{t('caregivers.col.careManager')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((c) => (
                  <tr key={c.id} data-testid="caregiver-row" data-status={c.status} data-recipients={c.activeRecipients}>
                    <td>
                      <Link to={`/caregivers/${c.id}`} data-testid="caregiver-link">
                        {c.resident.name}
                      </Link>
                    </td>
                    <td>
                      <CaregiverStatusBadge status={c.status} />
                    </td>
                    <td className="num nowrap" data-testid="caregiver-recipients">
                      {t('caregivers.recipientsOf', { count: c.activeRecipients, max: CAREGIVER_RULES.maxRecipients })}
                    </td>
                    <td>
                      <RecipientFlags caregiver={c} />
                    </td>
                    <td className="num">
                      <span className="mono" data-testid="caregiver-stipend">
                        {formatMoney(c.monthlyStipend, lang)}
                      </span>
                      <br />
                      <small className="muted">{c.monthlyStipendIsDefault ? t('caregivers.defaultStipend') : t('caregivers.setStipend')}</small>
                    </td>
                    <td className="num">{number.format(c.trainingHours)}</td>
                    <td>{c.careManager}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
