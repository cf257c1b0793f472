import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDto } from '@elderwork/contracts';
import { dtoResolver, useDtoForm } from '../ui/forms';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { SaveProblemAlert } from '../ui/SaveProblem';
import { confirming, withoutConfirm } from './password-form';
import { useChangePassword } from './queries';
import { SecondFactorSection } from './SecondFactorSection';

interface ChangeForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const EMPTY: ChangeForm = { currentPassword: '', newPassword: '', confirm: '' };
const checked = dtoResolver<ChangeForm>(ChangePasswordDto);

/** /account/password: the signed-in user changes their own password (their other sessions end, decision 0023) and may turn on two-step sign-in (0026). */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const change = useChangePassword();
  const { form, onSubmit, problem, pending } = useDtoForm<ChangeForm, ChangeForm>({
    resolver: confirming(checked, 'newPassword', t('account.mismatch')),
    defaults: EMPTY,
    mutate: (values) => {
      setDone(false);
      return change.mutateAsync(withoutConfirm(values));
    },
    onSuccess: () => {
      form.reset(EMPTY);
      setDone(true);
    },
  });
  const { errors } = form.formState;

  return (
    <section>
      <h1>{t('account.changeTitle')}</h1>
      <form className="card" onSubmit={onSubmit} noValidate data-testid="change-password-form">
        {problem && <SaveProblemAlert problem={problem} />}
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
        <button type="submit" className="btn btn--primary" disabled={pending} data-testid="change-password-submit">
          {pending ? t('account.saving') : t('account.save')}
        </button>
      </form>
      <SecondFactorSection />
    </section>
  );
}
