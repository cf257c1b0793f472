import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TotpDto, type TotpEnrolResponse, type TotpLoginResponse, type TotpRequiredResponse } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { authApi } from '../api/endpoints';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { dtoResolver } from '../ui/forms';

interface CodeForm {
  challengeToken: string;
  code: string;
}

const resolver = dtoResolver<CodeForm>(TotpDto);

interface Props {
  challenge: TotpRequiredResponse | TotpEnrolResponse;
  onDone: (response: TotpLoginResponse) => void;
  /** The challenge is over (expired, too many codes): back to the password, with why. */
  onRestart: (error: unknown) => void;
}

/** The code after a right password; at enrolment, first the QR code to scan (decision 0024). */
export function SecondFactorStep({ challenge, onDone, onRestart }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<CodeForm>({ resolver, defaultValues: { challengeToken: challenge.challengeToken, code: '' } });
  const { errors, isSubmitting } = form.formState;
  const enrol = challenge.status === 'totp_enrol_required';

  const onSubmit = form.handleSubmit(async ({ code }) => {
    setError(null);
    try {
      onDone(await authApi.totp(challenge.challengeToken, code));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CHALLENGE_EXPIRED') onRestart(e);
      else {
        setError(e);
        form.setValue('code', '');
      }
    }
  });

  return (
    <section data-testid={enrol ? 'totp-enrol' : 'totp-step'}>
      <h2>{enrol ? t('auth.totp.enrolTitle') : t('auth.totp.title')}</h2>
      <p className="muted">{enrol ? t('auth.totp.enrolHelp') : t('auth.totp.help')}</p>
      {enrol && (
        <div className="totp-enrol">
          <img src={challenge.qrCodeDataUrl} alt={t('auth.totp.qrAlt')} width={240} height={240} data-testid="totp-qr" />
          <p className="muted">{t('auth.totp.manualKey')}</p>
          <code className="totp-secret" data-testid="totp-secret">
            {challenge.secret.match(/.{1,4}/g)?.join(' ')}
          </code>
        </div>
      )}
      {error !== null && (
        <Alert tone="error" testId="totp-error">
          {describeError(error, lang, t)}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate data-testid="totp-form">
        <Field name="code" label={enrol ? t('auth.totp.enrolCode') : t('auth.totp.code')} error={errors.code}>
          <input id="code" autoComplete="one-time-code" inputMode={enrol ? 'numeric' : 'text'} autoFocus {...form.register('code')} />
        </Field>
        <button type="submit" className="btn btn--primary btn--block" disabled={isSubmitting} data-testid="totp-submit">
          {isSubmitting ? t('auth.totp.submitting') : t('auth.totp.submit')}
        </button>
      </form>
      <button type="button" className="btn btn--link" onClick={() => onRestart(null)} data-testid="totp-back">
        {t('auth.totp.back')}
      </button>
    </section>
  );
}
