import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { REMOVAL_REASON_LABELS, type ResidentView } from '@elderwork/contracts';
import { formatNationalId } from '@elderwork/thai';
import { residentsApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { useUser } from '../auth/auth-context';
import { useLabel, useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/LoadError';
import { AuditHistory } from './AuditHistory';
import { formValuesOf, updatePayload, updateResolver } from './form-values';
import { RemoveResident } from './RemoveResident';
import { RestoreResident } from './RestoreResident';
import { ResidentForm } from './ResidentForm';

/** Edit an elder's record; remove it from the registry; (admin) see who read or changed it. */
export function EditResidentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const user = useUser();
  const { data, error, reload } = useFetch(() => residentsApi.get(id), id);
  // The record as last saved here; cleared when reloading from the server.
  const [saved, setSaved] = useState<ResidentView | null>(null);
  const [restored, setRestored] = useState(false);
  const resident = saved && saved.id === id ? saved : data;

  if (error !== null) return <LoadError error={error} onRetry={reload} />;
  if (!resident) return <p className="page-loading">{t('common.loading')}</p>;

  const reloadFromServer = () => {
    setSaved(null);
    reload();
  };

  return (
    <section>
      <div className="page-head">
        <h1>
          {t('residents.editTitle')}
          <small className="muted" data-testid="resident-heading">
            {resident.prefix}
            {resident.firstName} {resident.lastName} · {formatNationalId(resident.nationalId)}
          </small>
        </h1>
        <Link to={`/residents/${resident.id}/adl`} className="btn" data-testid="resident-adl-link">
          {t('adl.link')}
        </Link>
      </div>
      {saved && (
        <Alert tone="success" testId="flash">
          {restored ? t('residents.restored') : t('residents.saved')}
        </Alert>
      )}
      {resident.removedAt && (
        <Alert tone="info" testId="removed-banner">
          {t('residents.removed', {
            date: formatDateTime(resident.removedAt, lang),
            reason: label(REMOVAL_REASON_LABELS, resident.removalReason),
          })}
          {' '}
          {t('residents.readOnly')}
        </Alert>
      )}
      {resident.removedAt && (
        <RestoreResident
          resident={resident}
          onRestored={(view) => {
            setRestored(true);
            setSaved(view);
          }}
        />
      )}
      {/* A removed record is read-only: every input and the save button are disabled. */}
      <fieldset disabled={Boolean(resident.removedAt)} className="plain-fieldset" data-testid="resident-fieldset">
        <ResidentForm
          // A new version (saved or reloaded) starts a fresh form from its values.
          key={`${resident.id}:${resident.version}`}
          defaultValues={formValuesOf(resident)}
          resolver={updateResolver}
          submitLabel={t('common.save')}
          onReload={reloadFromServer}
          onSave={async (dto) => {
            setRestored(false);
            setSaved(await residentsApi.update(resident.id, updatePayload(dto)));
          }}
        />
      </fieldset>
      {!resident.removedAt && <RemoveResident residentId={resident.id} />}
      {user.role === 'lao_admin' && <AuditHistory residentId={resident.id} version={resident.version} />}
    </section>
  );
}
