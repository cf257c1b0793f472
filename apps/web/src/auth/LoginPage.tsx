import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { LoginDto, type TotpEnrolResponse, type TotpLoginResponse, type TotpRequiredResponse } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { dtoResolver } from '../ui/forms';
import { useAuth } from './auth-context';
import { RecoveryCodes } from './RecoveryCodes';
import { SecondFactorStep } from './SecondFactorStep';

interface LoginForm {
  email: string;
  password: string;
}

const resolver = dtoResolver<LoginForm>(LoginDto);

export function LoginPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { user, login, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<unknown>(null);
  const [challenge, setChallenge] = useState<TotpRequiredResponse | TotpEnrolResponse | null>(null);
  const [enrolled, setEnrolled] = useState<TotpLoginResponse | null>(null);
  const form = useForm<LoginForm>({ resolver, defaultValues: { email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (user) return <Navigate to={from} replace />;

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    setError(null);
    try {
      const result = await login(email, password);
      if ('status' in result) setChallenge(result);
      else navigate(from, { replace: true });
    } catch (e) {
      setError(e);
    }
  });

  const passwordStep = (
    <>
      <h2>{t('auth.title')}</h2>
      {error !== null && (
        <Alert tone="error" testId="login-error">
          {describeError(error, lang, t)}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate data-testid="login-form">
        <Field name="email" label={t('auth.email')} error={errors.email}>
          <input id="email" type="email" autoComplete="username" {...form.register('email')} />
        </Field>
        <Field name="password" label={t('auth.password')} error={errors.password}>
          <input id="password" type="password" autoComplete="current-password" {...form.register('password')} />
        </Field>
        <button type="submit" className="btn btn--primary btn--block" disabled={isSubmitting} data-testid="login-submit">
          {isSubmitting ? t('auth.submitting') : t('auth.submit')}
        </button>
      </form>
      <p>
        <Link to="/forgot" data-testid="forgot-link">
          {t('account.forgotLink')}
        </Link>
      </p>
    </>
  );

  return (
    <main className="login">
      <div className="login-card">
        <div className="login-top">
          <div>
            <h1 className="brand">{t('app.name')}</h1>
            <p className="muted">{t('app.tagline')}</p>
          </div>
          <LanguageSwitch />
        </div>
        {enrolled?.recoveryCodes ? (
          // The session starts once the user has seen the codes (they are never shown again).
          <RecoveryCodes codes={enrolled.recoveryCodes} onContinue={() => signIn(enrolled)} />
        ) : challenge ? (
          <SecondFactorStep
            key={challenge.challengeToken}
            challenge={challenge}
            onDone={(response) => (response.recoveryCodes ? setEnrolled(response) : signIn(response))}
            onRestart={(why) => {
              setChallenge(null);
              setError(why);
              form.setValue('password', '');
            }}
          />
        ) : (
          passwordStep
        )}
      </div>
    </main>
  );
}
