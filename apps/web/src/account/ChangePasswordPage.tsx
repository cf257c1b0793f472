import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { dtoResolver } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDto, ERROR_CODES } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { authApi } from '../api/endpoints';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { applyServerErrors } from '../ui/server-errors';
import { SecondFactorSection } from './SecondFactorSection';

interface ChangeForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const EMPTY: ChangeForm = { currentPassword: '', newPassword: '', confirm: '' };
const resolver = dtoResolver<ChangeForm>(ChangePasswordDto);

/** /account/password: the signed-in user changes their own password (their other sessions end, decision 0023) and may turn on two-step sign-in (0026). */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const form = useForm<ChangeForm>({ resolver, defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword, confirm }) => {
    setError(null);
    setDone(false);
    if (newPassword !== confirm) {
      form.setError('confirm', { type: 'mismatch', message: t('account.mismatch') }, { shouldFocus: true });
      return;
    }
    try {
      await authApi.changePassword({ currentPassword, newPassword });
      form.reset(EMPTY);
      setDone(true);
    } catch (e) {
      if (e instanceof ApiError && e.code === ERROR_CODES.validationFailed && applyServerErrors(e, form.setError, ['currentPassword', 'newPassword']).length === 0) return;
      setError(e);
    }
  });

  return (
    <section>
      <h1>{t('account.changeTitle')}</h1>
      <form className="card" onSubmit={onSubmit} noValidate data-testid="change-password-form">
        {error !== null && <Alert tone="error">{describeError(error, lang, t)}</Alert>}
        {done && (
          <Alert tone="success" testId="password-changed">
            {t('account.changed')}
          </Alert>
        )}
        <Field name="currentPassword" label={t('account.currentPassword')} error={errors.currentPassword} required>
          <input id="currentPassword" type="password" autoComplete="current-password" {...form.register('currentPassword')} />
        </Field>
        <Field name="newPassword" label={t('account.newPassword')} error={errors.newPassword} hint={t('account.passwordHint')} required>
          <input id="newPassword" type="password" autoComplete="new-password" {...form.register('newPassword')} />
        </Field>
        <Field name="confirm" label={t('account.confirmPassword')} error={errors.confirm} required>
          <input id="confirm" type="password" autoComplete="new-password" {...form.register('confirm')} />
        </Field>
        <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="change-password-submit">
          {isSubmitting ? t('account.saving') : t('account.save')}
        </button>
      </form>
      <SecondFactorSection />
    </section>
  );
}
