import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { DISABILITY_TYPE_LABELS, MODALITY_LABELS, type DisabilityType, type PlacementView } from '@elderwork/contracts';
import { formatNationalId } from '@elderwork/thai';
import { placementsApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { useLabel, useLang } from '../i18n';
import { formatDate } from '../i18n/format';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/LoadError';
import { formatMoney } from '../ui/money';
import { PaidProgress } from './PaidProgress';
import { PaymentsSection } from './PaymentsSection';
import { StatusActions } from './StatusActions';
import { StatusBadge } from './StatusBadge';

const number = new Intl.NumberFormat('th-TH');

/** One placement: its terms and value, its status, and the payments made against it. */
export function PlacementPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  // Reloaded after every change, so the value, paid-to-date and version are the server's.
  const { data: placement, error, reload } = useFetch(() => placementsApi.get(id), id);
  const created = (location.state as { created?: boolean } | null)?.created;

  if (error !== null) return <LoadError error={error} onRetry={reload} />;
  if (!placement) return <p className="page-loading">{t('common.loading')}</p>;

  return (
    <section data-testid="placement-page">
      <div className="page-head">
        <h1>
          {t('placement.title')}
          <small className="muted" data-testid="placement-heading">
            {placement.resident.name} · {placement.employer.name}
          </small>
        </h1>
        <StatusBadge status={placement.status} testId="placement-status" />
      </div>
      {created && (
        <Alert tone="success" testId="flash">
          {t('placements.created')}
        </Alert>
      )}
      <PlacementDetails placement={placement} />
      <PaidProgress paid={placement.paidToDate} value={placement.value} />
      <StatusActions key={placement.version} placement={placement} onChanged={reload} />
      <PaymentsSection placement={placement} onAdded={reload} />
    </section>
  );
}

function PlacementDetails({ placement: p }: { placement: PlacementView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const disability = p.resident.disabilityType as DisabilityType | null;
  return (
    <section className="card">
      <h2>{t('placement.details')}</h2>
      <dl className="details">
        <dt>{t('placements.elder')}</dt>
        <dd>
          <Link to={`/residents/${p.resident.id}`}>{p.resident.name}</Link>{' '}
          <span className="mono muted">{formatNationalId(p.resident.nationalId)}</span>
          {disability && <span className="muted"> · {label(DISABILITY_TYPE_LABELS, disability)}</span>}
        </dd>
        <dt>{t('placements.employer')}</dt>
        <dd>
          <Link to={`/section35/employers/${p.employer.id}`}>{p.employer.name}</Link>
        </dd>
        <dt>{t('placements.modality')}</dt>
        <dd data-testid="placement-modality">{label(MODALITY_LABELS, p.modality)}</dd>
        <dt>{t('placements.col.dates')}</dt>
        <dd data-testid="placement-dates">
          {formatDate(p.startDate, lang, 'long')} – {formatDate(p.endDate, lang, 'long')}
        </dd>
        {p.terminatedOn && (
          <>
            <dt>{t('placement.terminatedOn')}</dt>
            <dd>
              {formatDate(p.terminatedOn, lang, 'long')} · {p.terminationReason}
            </dd>
          </>
        )}
        <dt>{t('placement.days')}</dt>
        <dd>
          {number.format(p.days)} {t('section35.days')}
        </dd>
        <dt>{t('placements.dailyRate')}</dt>
        <dd className="mono">{formatMoney(p.dailyRate, lang)}</dd>
        <dt>{t('placement.value')}</dt>
        <dd className="mono" data-testid="placement-value">
          {formatMoney(p.value, lang, true)}
        </dd>
        <dt>{t('placement.paidToDate')}</dt>
        <dd className="mono" data-testid="placement-paid">
          {formatMoney(p.paidToDate, lang, true)}
        </dd>
        {p.contractNo && (
          <>
            <dt>{t('placements.contractNo')}</dt>
            <dd>{p.contractNo}</dd>
          </>
        )}
        {p.concurrent && (
          <>
            <dt>{t('placements.concurrent')}</dt>
            <dd data-testid="placement-concurrent">{p.concurrentReason}</dd>
          </>
        )}
        {p.note && (
          <>
            <dt>{t('placements.note')}</dt>
            <dd>{p.note}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
