import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { classValidatorResolver } from '@hookform/resolvers/class-validator';
import { useTranslation } from 'react-i18next';
import { ForgotPasswordDto } from '@elderwork/contracts';
import { authApi } from '../api/endpoints';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { PublicCard } from './PublicCard';

const resolver = classValidatorResolver(ForgotPasswordDto) as Resolver<ForgotPasswordDto>;

/** /forgot: asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const form = useForm<ForgotPasswordDto>({ resolver, defaultValues: { email: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (dto) => {
    setError(null);
    try {
      await authApi.forgot(dto);
      setSent(true);
    } catch (e) {
      setError(e);
    }
  });

  return (
    <PublicCard title={t('account.forgotTitle')}>
      {sent ? (
        <Alert tone="success" testId="forgot-sent">
          {t('account.forgotSent')}
        </Alert>
      ) : (
        <>
          <p className="muted">{t('account.forgotIntro')}</p>
          {error !== null && <Alert tone="error">{describeError(error, lang, t)}</Alert>}
          <form onSubmit={onSubmit} noValidate data-testid="forgot-form">
            <Field name="email" label={t('auth.email')} error={errors.email} required>
              <input id="email" type="email" autoComplete="username" {...form.register('email')} />
            </Field>
            <button type="submit" className="btn btn--primary btn--block" disabled={isSubmitting} data-testid="forgot-submit">
              {t('account.forgotSubmit')}
            </button>
          </form>
        </>
      )}
    </PublicCard>
  );
}
