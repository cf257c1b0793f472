import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmSecondFactorDto, StartSecondFactorDto, type SecondFactorSetup } from '@elderwork/contracts';
import { RecoveryCodes } from '../auth/RecoveryCodes';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { useDtoForm } from '../ui/forms';
import { SaveProblemAlert, type SaveProblem } from '../ui/SaveProblem';
import { useConfirmSecondFactor, useSecondFactorStatus, useStartSecondFactor } from './queries';

type Step = { kind: 'idle' } | { kind: 'password' } | { kind: 'scan'; setup: SecondFactorSetup } | { kind: 'codes'; codes: string[] } | { kind: 'done' };

/** The section shows one message: a refusal the fields do not show themselves (a wrong code, too many tries). */
function failure(problem: SaveProblem | null): unknown {
  if (problem === null || problem.kind === 'stale' || (problem.kind === 'fields' && problem.errors.length === 0)) return null;
  return problem.kind === 'fields' ? problem : problem.error;
}

/**
 * On the account page: the owner turns on two-step sign-in for their own account, whatever their
 * role (decision 0026) — password, QR code, first code, the ten recovery codes once.
 */
export function SecondFactorSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const status = useSecondFactorStatus();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const start = useStartSecondFactor();
  const confirm = useConfirmSecondFactor();
  const startForm = useDtoForm({
    Dto: StartSecondFactorDto,
    defaults: { currentPassword: '' },
    mutate: start.mutateAsync,
    onSuccess: (setup) => {
      startForm.form.reset({ currentPassword: '' });
      setStep({ kind: 'scan', setup });
    },
  });
  const confirmForm = useDtoForm({
    Dto: ConfirmSecondFactorDto,
    defaults: { code: '' },
    mutate: async (dto) => {
      try {
        return await confirm.mutateAsync(dto);
      } catch (e) {
        confirmForm.form.setValue('code', ''); // a wrong code is typed again from scratch
        throw e;
      }
    },
    onSuccess: ({ recoveryCodes }) => {
      confirmForm.form.reset({ code: '' });
      setStep({ kind: 'codes', codes: recoveryCodes });
    },
  });
  const shown = step.kind === 'password' ? startForm.problem : step.kind === 'scan' ? confirmForm.problem : null;
  const error = failure(shown);

  const cancel = () => {
    startForm.setProblem(null);
    confirmForm.setProblem(null);
    setStep({ kind: 'idle' });
  };

  return (
    <section className="card" data-testid="second-factor-section">
      <h2>{t('account.twoStep.title')}</h2>
      {shown?.kind === 'fields' && error !== null && <SaveProblemAlert problem={shown} />}
      {shown?.kind !== 'fields' && error !== null && (
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
            <form onSubmit={startForm.onSubmit} noValidate data-testid="second-factor-start-form">
              <Field name="twoStepPassword" label={t('account.twoStep.passwordFirst')} error={startForm.form.formState.errors.currentPassword} required>
                <input id="twoStepPassword" type="password" autoComplete="current-password" autoFocus {...startForm.form.register('currentPassword')} />
              </Field>
              <span className="row-actions">
                <button type="submit" className="btn btn--primary" disabled={startForm.form.formState.isSubmitting} data-testid="second-factor-start">
                  {startForm.form.formState.isSubmitting ? t('account.twoStep.starting') : t('account.twoStep.start')}
                </button>
                <button type="button" className="btn btn--link" onClick={cancel}>
                  {t('account.twoStep.cancel')}
                </button>
              </span>
            </form>
          )}
          {step.kind === 'scan' && (
            <form onSubmit={confirmForm.onSubmit} noValidate data-testid="second-factor-confirm-form">
              <p className="muted">{t('account.twoStep.scan')}</p>
              <div className="totp-enrol">
                <img src={step.setup.qrCodeDataUrl} alt={t('auth.totp.qrAlt')} width={240} height={240} data-testid="totp-qr" />
                <p className="muted">{t('auth.totp.manualKey')}</p>
                <code className="totp-secret" data-testid="totp-secret">
                  {step.setup.secret.match(/.{1,4}/g)?.join(' ')}
                </code>
              </div>
              <Field name="twoStepCode" label={t('auth.totp.enrolCode')} error={confirmForm.form.formState.errors.code} required>
                <input id="twoStepCode" autoComplete="one-time-code" inputMode="numeric" autoFocus {...confirmForm.form.register('code')} />
              </Field>
              <span className="row-actions">
                <button type="submit" className="btn btn--primary" disabled={confirmForm.form.formState.isSubmitting} data-testid="second-factor-confirm">
                  {confirmForm.form.formState.isSubmitting ? t('account.twoStep.confirming') : t('account.twoStep.confirm')}
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
              onContinue={() => setStep({ kind: 'done' })}
            />
          )}
        </>
      )}
    </section>
  );
}
