import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { dtoResolver } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { REMOVAL_REASON_LABELS, REMOVAL_REASONS, RemoveResidentDto, type RemovalReason } from '@elderwork/contracts';
import { residentsApi } from '../api/endpoints';
import { useLabel, useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';

interface RemoveForm {
  reason: RemovalReason | '';
  note: string;
}

const resolver = dtoResolver<RemoveForm, RemoveResidentDto>(RemoveResidentDto);

/** นำออกจากทะเบียน: moved, deceased or other; the record stays for past reports. */
export function RemoveResident({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<RemoveForm, unknown, RemoveResidentDto>({ resolver, defaultValues: { reason: '', note: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (dto) => {
    setError(null);
    try {
      await residentsApi.remove(residentId, { reason: dto.reason, note: dto.note });
      navigate('/residents', { state: { removed: residentId } });
    } catch (e) {
      setError(e);
    }
  });

  return (
    <details className="card danger-zone" data-testid="remove-section">
      <summary>{t('remove.title')}</summary>
      <p className="muted">{t('remove.explain')}</p>
      {error !== null && <Alert tone="error">{describeError(error, lang, t)}</Alert>}
      <form onSubmit={onSubmit} noValidate>
        <div className="grid">
          <Field name="reason" label={t('remove.reason')} error={errors.reason} required>
            <select id="reason" {...form.register('reason')}>
              <option value="">{t('remove.chooseReason')}</option>
              {REMOVAL_REASONS.map((r) => (
                <option key={r} value={r}>
                  {label(REMOVAL_REASON_LABELS, r)}
                </option>
              ))}
            </select>
          </Field>
          <Field name="note" label={t('remove.note')} error={errors.note} className="span-2">
            <textarea id="note" rows={2} maxLength={500} {...form.register('note')} />
          </Field>
        </div>
        <button type="submit" className="btn btn--danger" disabled={isSubmitting} data-testid="remove-resident">
          {t('remove.submit')}
        </button>
      </form>
    </details>
  );
}
