import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ForgotPasswordDto } from '@elderwork/contracts';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { useDtoForm } from '../ui/forms';
import { SaveProblemAlert } from '../ui/SaveProblem';
import { PublicCard } from './PublicCard';
import { useForgotPassword } from './queries';

/** /forgot: asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const forgot = useForgotPassword();
  const { form, onSubmit, problem, pending } = useDtoForm({
    Dto: ForgotPasswordDto,
    defaults: { email: '' },
    mutate: forgot.mutateAsync,
    onSuccess: () => setSent(true),
  });
  const { errors } = form.formState;

  return (
    <PublicCard title={t('account.forgotTitle')}>
      {sent ? (
        <Alert tone="success" testId="forgot-sent">
          {t('account.forgotSent')}
        </Alert>
      ) : (
        <>
          <p className="muted">{t('account.forgotIntro')}</p>
          {problem && <SaveProblemAlert problem={problem} />}
          <form onSubmit={onSubmit} noValidate data-testid="forgot-form">
            <Field name="email" label={t('auth.email')} error={errors.email} required>
              <input id="email" type="email" autoComplete="username" {...form.register('email')} />
            </Field>
            <button type="submit" className="btn btn--primary btn--block" disabled={pending} data-testid="forgot-submit">
              {t('account.forgotSubmit')}
            </button>
          </form>
        </>
      )}
    </PublicCard>
  );
}
