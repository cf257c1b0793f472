import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { CAREGIVER_RULES, type CaregiverDetailView } from '@elderwork/contracts';
import { formatNationalId } from '@elderwork/thai';
import { useLang } from '../i18n';
import { formatDate } from '../i18n/format';
import { formatMoney } from '../ui/money';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/LoadError';
import { AssignRecipient } from './AssignRecipient';
import { CaregiverStatusBadge, RecipientFlags } from './CaregiverBadges';
import { EditCaregiver } from './EditCaregiver';
import { useCaregiver } from './queries';
import { RecipientsSection } from './RecipientsSection';

const number = new Intl.NumberFormat('th-TH');

/** One volunteer: details (editable), the elders in their care with their ADL, and taking another elder into care. */
export function CaregiverPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const query = useCaregiver(id);
  const caregiver = query.data;
  const [editing, setEditing] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const created = (location.state as { created?: boolean } | null)?.created;

  if (query.isError) return <LoadError query={query} />;
  if (!caregiver) return <p className="page-loading">{t('common.loading')}</p>;

  // Every change invalidates the caregiver's queries, so counts, flags and the version are the server's.
  const changed = (message: string) => {
    setFlash(message);
    setEditing(false);
  };

  return (
    <section data-testid="caregiver-page">
      <div className="page-head">
        <h1>
          {t('caregivers.title')}
          <small className="muted" data-testid="caregiver-heading">
            {caregiver.resident.name}
          </small>
        </h1>
        <div className="button-row">
          <Link to={`/caregivers/${caregiver.id}/visit`} className="btn btn--primary" data-testid="visit-link">
            {t('caregivers.logVisit')}
          </Link>
          <Link to={`/caregivers/${caregiver.id}/month`} className="btn" data-testid="month-link">
            {t('caregivers.monthSummary')}
          </Link>
        </div>
      </div>
      {created && !flash && (
        <Alert tone="success" testId="flash">
          {t('caregivers.created')}
        </Alert>
      )}
      {flash && (
        <Alert tone="success" testId="flash">
          {flash}
        </Alert>
      )}
      {editing ? (
        <EditCaregiver key={caregiver.version} caregiver={caregiver} onSaved={() => changed(t('caregivers.saved'))} onCancel={() => setEditing(false)} onReload={() => void query.refetch()} />
      ) : (
        <CaregiverDetails caregiver={caregiver} onEdit={() => setEditing(true)} />
      )}
      <RecipientsSection caregiver={caregiver} onEnded={() => changed(t('caregivers.recipients.endedDone'))} />
      <AssignRecipient key={`assign-${caregiver.version}-${caregiver.activeRecipients}`} caregiver={caregiver} onAssigned={() => changed(t('caregivers.assign.done'))} />
    </section>
  );
}

function CaregiverDetails({ caregiver: c, onEdit }: { caregiver: CaregiverDetailView; onEdit: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="card" data-testid="caregiver-details">
      <div className="card-head">
        <h2>{t('caregivers.details')}</h2>
        <button type="button" className="btn btn--small" onClick={onEdit} data-testid="caregiver-edit">
          {t('caregivers.edit')}
        </button>
      </div>
      <dl className="details">
        <dt>{t('caregivers.col.name')}</dt>
        <dd>
          <Link to={`/residents/${c.resident.id}`}>{c.resident.name}</Link>{' '}
          <span className="mono muted">{formatNationalId(c.resident.nationalId)}</span> · {t('caregivers.ageYears', { age: c.resident.age })}
        </dd>
        <dt>{t('caregivers.col.status')}</dt>
        <dd>
          <CaregiverStatusBadge status={c.status} testId="caregiver-status" />
        </dd>
        <dt>{t('caregivers.col.recipients')}</dt>
        <dd data-testid="caregiver-recipients">
          {t('caregivers.recipientsOf', { count: c.activeRecipients, max: CAREGIVER_RULES.maxRecipients })} <RecipientFlags caregiver={c} />
        </dd>
        <dt>{t('caregivers.startDate')}</dt>
        <dd>{formatDate(c.startDate, lang, 'long')}</dd>
        {c.endDate && (
          <>
            <dt>{t('caregivers.endDate')}</dt>
            <dd>{formatDate(c.endDate, lang, 'long')}</dd>
          </>
        )}
        <dt>{t('caregivers.trainingHours')}</dt>
        <dd>
          {number.format(c.trainingHours)} {t('caregivers.hours')}
          {c.certifiedOn && <span className="muted"> · {formatDate(c.certifiedOn, lang, 'long')}</span>}
        </dd>
        <dt>{t('caregivers.extraCourseHours')}</dt>
        <dd>
          {number.format(c.extraCourseHours)} {t('caregivers.hours')}
        </dd>
        <dt>{t('caregivers.monthlyStipend')}</dt>
        <dd data-testid="caregiver-stipend">
          <span className="mono">{formatMoney(c.monthlyStipend, lang, true)}</span>{' '}
          <span className="muted">({c.monthlyStipendIsDefault ? t('caregivers.defaultStipend') : t('caregivers.setStipend')})</span>
        </dd>
        <dt>{t('caregivers.careManager')}</dt>
        <dd>{c.careManager}</dd>
      </dl>
    </section>
  );
}
