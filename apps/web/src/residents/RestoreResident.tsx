import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentView } from '@elderwork/contracts';
import { residentsApi } from '../api/endpoints';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';

/** กู้คืนเข้าทะเบียน: a removed record back in the registry (audited by the API). */
export function RestoreResident({ resident, onRestored }: { resident: ResidentView; onRestored: (restored: ResidentView) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const restore = async () => {
    setError(null);
    setBusy(true);
    try {
      onRestored(await residentsApi.restore(resident.id, resident.version));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="form-actions">
      {error !== null && <Alert tone="error">{describeError(error, lang, t)}</Alert>}
      <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void restore()} data-testid="restore-resident">
        {busy ? t('residents.restoring') : t('residents.restore')}
      </button>
    </div>
  );
}
