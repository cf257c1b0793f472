import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { dtoResolver } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { ConfirmSecondFactorDto, ERROR_CODES, StartSecondFactorDto, type SecondFactorSetup } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { authApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { RecoveryCodes } from '../auth/RecoveryCodes';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { applyServerErrors } from '../ui/server-errors';

type Step = { kind: 'idle' } | { kind: 'password' } | { kind: 'scan'; setup: SecondFactorSetup } | { kind: 'codes'; codes: string[] } | { kind: 'done' };

const startResolver = dtoResolver<{ currentPassword: string }>(StartSecondFactorDto);
const confirmResolver = dtoResolver<{ code: string }>(ConfirmSecondFactorDto);

/**
 * On the account page: the owner turns on two-step sign-in for their own account, whatever their
 * role (decision 0026) — password, QR code, first code, the ten recovery codes once.
 */
export function SecondFactorSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const status = useFetch(() => authApi.secondFactor(), 'second-factor');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<unknown>(null);
  const startForm = useForm<{ currentPassword: string }>({ resolver: startResolver, defaultValues: { currentPassword: '' } });
  const confirmForm = useForm<{ code: string }>({ resolver: confirmResolver, defaultValues: { code: '' } });

  const onStart = startForm.handleSubmit(async (dto) => {
    setError(null);
    try {
      const setup = await authApi.startSecondFactor(dto);
      startForm.reset({ currentPassword: '' });
      setStep({ kind: 'scan', setup });
    } catch (e) {
      if (e instanceof ApiError && e.code === ERROR_CODES.validationFailed && applyServerErrors(e, startForm.setError, ['currentPassword']).length === 0) return;
      setError(e);
    }
  });

  const onConfirm = confirmForm.handleSubmit(async (dto) => {
    setError(null);
    try {
      const { recoveryCodes } = await authApi.confirmSecondFactor(dto);
      confirmForm.reset({ code: '' });
      setStep({ kind: 'codes', codes: recoveryCodes });
    } catch (e) {
      confirmForm.setValue('code', '');
      if (e instanceof ApiError && e.code === ERROR_CODES.validationFailed && applyServerErrors(e, confirmForm.setError, ['code']).length === 0) return;
      setError(e);
    }
  });

  const cancel = () => {
    setError(null);
    setStep({ kind: 'idle' });
  };

  return (
    <section className="card" data-testid="second-factor-section">
      <h2>{t('account.twoStep.title')}</h2>
      {error !== null && (
        <Alert tone="error" testId="second-factor-error">
          {describeError(error, lang, t)}
        </Alert>
      )}
      {step.kind === 'done' && (
        <Alert tone="success" testId="second-factor-enabled">
          {t('account.twoStep.enabled')}
        </Alert>
      )}
      {status.data?.enrolled && step.kind !== 'codes' ? (
        <>
          <p data-testid="second-factor-on">{t('account.twoStep.on', { count: status.data.recoveryCodesLeft })}</p>
          <p className="muted">{t('account.twoStep.lostPhone')}</p>
        </>
      ) : (
        <>
          {step.kind === 'idle' && status.data && (
            <>
              <p className="muted" data-testid="second-factor-off">
                {t('account.twoStep.off')}
              </p>
              <button type="button" className="btn" onClick={() => setStep({ kind: 'password' })} data-testid="second-factor-turn-on">
                {t('account.twoStep.turnOn')}
              </button>
            </>
          )}
          {step.kind === 'password' && (
            <form onSubmit={onStart} noValidate data-testid="second-factor-start-form">
              <Field name="twoStepPassword" label={t('account.twoStep.passwordFirst')} error={startForm.formState.errors.currentPassword} required>
                <input id="twoStepPassword" type="password" autoComplete="current-password" autoFocus {...startForm.register('currentPassword')} />
              </Field>
              <span className="row-actions">
                <button type="submit" className="btn btn--primary" disabled={startForm.formState.isSubmitting} data-testid="second-factor-start">
                  {startForm.formState.isSubmitting ? t('account.twoStep.starting') : t('account.twoStep.start')}
                </button>
                <button type="button" className="btn btn--link" onClick={cancel}>
                  {t('account.twoStep.cancel')}
                </button>
              </span>
            </form>
          )}
          {step.kind === 'scan' && (
            <form onSubmit={onConfirm} noValidate data-testid="second-factor-confirm-form">
              <p className="muted">{t('account.twoStep.scan')}</p>
              <div className="totp-enrol">
                <img src={step.setup.qrCodeDataUrl} alt={t('auth.totp.qrAlt')} width={240} height={240} data-testid="totp-qr" />
                <p className="muted">{t('auth.totp.manualKey')}</p>
                <code className="totp-secret" data-testid="totp-secret">
                  {step.setup.secret.match(/.{1,4}/g)?.join(' ')}
                </code>
              </div>
              <Field name="twoStepCode" label={t('auth.totp.enrolCode')} error={confirmForm.formState.errors.code} required>
                <input id="twoStepCode" autoComplete="one-time-code" inputMode="numeric" autoFocus {...confirmForm.register('code')} />
              </Field>
              <span className="row-actions">
                <button type="submit" className="btn btn--primary" disabled={confirmForm.formState.isSubmitting} data-testid="second-factor-confirm">
                  {confirmForm.formState.isSubmitting ? t('account.twoStep.confirming') : t('account.twoStep.confirm')}
                </button>
                <button type="button" className="btn btn--link" onClick={cancel}>
                  {t('account.twoStep.cancel')}
                </button>
              </span>
            </form>
          )}
          {step.kind === 'codes' && (
            <RecoveryCodes
              codes={step.codes}
              doneLabel={t('account.twoStep.codesKept')}
              onContinue={() => {
                setStep({ kind: 'done' });
                status.reload();
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
