import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ADL_GROUP_LABELS, type AdlAssessmentView } from '@elderwork/contracts';
import { formatNationalId } from '@elderwork/thai';
import { useLabel } from '../i18n';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/LoadError';
import { AdlForm } from './AdlForm';
import { AdlHistory } from './AdlHistory';
import { useAdlHistory, useResident } from './queries';

/** /residents/:id/adl — assess an elder (Barthel ADL) and read their history. Health data: the API audits both. */
export function AdlPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useLabel();
  const resident = useResident(id);
  const history = useAdlHistory(id);
  const [saved, setSaved] = useState<AdlAssessmentView | null>(null);

  if (resident.isError) return <LoadError query={resident} />;
  if (!resident.data) return <p className="page-loading">{t('common.loading')}</p>;
  const r = resident.data;

  return (
    <section data-testid="adl-page">
      <div className="page-head">
        <h1>
          {t('adl.title')}
          <small className="muted" data-testid="adl-heading">
            {r.prefix}
            {r.firstName} {r.lastName} · {formatNationalId(r.nationalId)}
          </small>
        </h1>
        <Link to={`/residents/${id}`} className="btn btn--ghost">
          {t('adl.backToResident')}
        </Link>
      </div>
      <p className="muted">
        <small>{t('adl.pdpa')}</small>
      </p>
      {saved && (
        <Alert tone="success" testId="adl-flash">
          {t('adl.saved', { total: saved.total, group: label(ADL_GROUP_LABELS, saved.group) })}
        </Alert>
      )}
      <section className="card">
        <AdlForm residentId={id} onSaved={setSaved} />
      </section>
      {history.isError && <LoadError query={history} />}
      {history.data && <AdlHistory assessments={history.data} />}
    </section>
  );
}
