import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { VISIT_ACTIVITY_LABELS } from '@elderwork/contracts';
import { useLabel, useLang } from '../i18n';
import { formatDate } from '../i18n/format';
import { LoadError } from '../ui/LoadError';
import { currentMonth, formatMonth } from './month';
import { VisitForm } from './VisitForm';
import { useCareVisits, useCaregiver } from './queries';

/** บันทึกการเยี่ยม: the phone form, then this month's visits of the caregiver, newest first. */
export function VisitPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const month = currentMonth();
  const caregiver = useCaregiver(id);
  const visits = useCareVisits({ caregiverId: id, month });

  if (caregiver.isError) return <LoadError query={caregiver} />;
  if (!caregiver.data) return <p className="page-loading">{t('common.loading')}</p>;
  const current = caregiver.data.recipients.filter((a) => a.current);

  return (
    <section className="visit-page">
      <h1>
        {t('caregivers.visit.title')}
        <small className="muted">
          <Link to={`/caregivers/${id}`} data-testid="visit-caregiver">
            {caregiver.data.resident.name}
          </Link>
        </small>
      </h1>
      {current.length === 0 && (
        <p className="empty" data-testid="visit-no-recipients">
          {t('caregivers.visit.noRecipients')}
        </p>
      )}
      <VisitForm caregiverId={id} recipients={current} />
      <section className="card">
        <h2>{t('caregivers.visit.thisMonth', { month: formatMonth(month, lang) })}</h2>
        {visits.isError && <LoadError query={visits} />}
        {visits.data && visits.data.length === 0 && <p className="muted">{t('caregivers.visit.none')}</p>}
        {visits.data && visits.data.length > 0 && (
          <ul className="visit-list">
            {visits.data.map((v) => (
              <li key={v.id} data-testid="visit-row">
                <strong>{formatDate(v.visitedOn, lang)}</strong> · {v.recipient.name} · {v.minutes} {t('caregivers.visit.minutesUnit')}
                <br />
                <small className="muted">{v.activities.map((a) => label(VISIT_ACTIVITY_LABELS, a)).join(', ')}</small>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
