import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ERROR_CODES, SetPasswordDto } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { dtoResolver, useDtoForm } from '../ui/forms';
import { SaveProblemAlert } from '../ui/SaveProblem';
import { confirming, withoutConfirm } from './password-form';
import { PublicCard } from './PublicCard';
import { useSetPassword } from './queries';

interface SetPasswordForm {
  token: string;
  password: string;
  confirm: string;
}

const checked = dtoResolver<SetPasswordForm>(SetPasswordDto);
/** The shape of a link's token (SetPasswordDto's rule): anything else is a mangled link. */
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * /activate?token= and /reset?token=: the owner chooses a password from the mail's link
 * (decision 0023). The server's rules (not the email, not a common password) come back as field errors.
 */
export function SetPasswordPage({ mode }: { mode: 'activate' | 'reset' }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [done, setDone] = useState(false);
  const setPassword = useSetPassword(mode);
  const { form, onSubmit, problem, pending } = useDtoForm<SetPasswordForm, SetPasswordForm>({
    resolver: confirming(checked, 'password', t('account.mismatch')),
    defaults: { token, password: '', confirm: '' },
    mutate: (values) => setPassword.mutateAsync(withoutConfirm(values)),
    onSuccess: () => setDone(true),
  });
  const { errors } = form.formState;
  const title = t(mode === 'activate' ? 'account.activateTitle' : 'account.resetTitle');
  // What the server refused beyond the password's own rules (a used or expired link, most often).
  const error = problem && problem.kind !== 'fields' && problem.kind !== 'stale' ? problem.error : null;

  if (done) {
    return (
      <PublicCard title={title}>
        <Alert tone="success" testId="password-set">
          {t(mode === 'activate' ? 'account.activated' : 'account.resetDone')}
        </Alert>
      </PublicCard>
    );
  }

  const tokenOk = TOKEN.test(token);
  const linkBroken = !tokenOk || (error instanceof ApiError && error.code === ERROR_CODES.linkInvalid);
  return (
    <PublicCard title={title}>
      {!tokenOk ? (
        <Alert tone="error" testId="link-error">
          {t('account.noToken')}
        </Alert>
      ) : (
        <>
          <p className="muted">{t(mode === 'activate' ? 'account.activateIntro' : 'account.resetIntro')}</p>
          {problem?.kind === 'fields' && <SaveProblemAlert problem={problem} />}
          {error !== null && (
            <Alert tone="error" testId="link-error">
              {describeError(error, lang, t)}
            </Alert>
          )}
          <form onSubmit={onSubmit} noValidate data-testid="set-password-form">
            <Field name="password" label={t('account.newPassword')} error={errors.password} hint={t('account.passwordHint')} required>
              <input id="password" type="password" autoComplete="new-password" {...form.register('password')} />
            </Field>
            <Field name="confirm" label={t('account.confirmPassword')} error={errors.confirm} required>
              <input id="confirm" type="password" autoComplete="new-password" {...form.register('confirm')} />
            </Field>
            <button type="submit" className="btn btn--primary btn--block" disabled={pending} data-testid="set-password-submit">
              {pending ? t('account.saving') : t('account.save')}
            </button>
          </form>
        </>
      )}
      {linkBroken && (
        <p>
          <Link to="/forgot" data-testid="ask-new-link">
            {t('account.askNewLink')}
          </Link>
        </p>
      )}
    </PublicCard>
  );
}
