import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSecondStep, type LoginResponse, type TotpEnrolResponse, type TotpLoginResponse, type TotpRequiredResponse } from '@elderwork/contracts';
import { authApi } from '../api/endpoints';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { RecoveryCodes } from './RecoveryCodes';
import { SecondFactorStep } from './SecondFactorStep';

interface ReloginDialogProps {
  email: string;
  onSignedIn: (response: LoginResponse) => void;
  onSignOut: () => void;
}

/**
 * Asks for the password of the signed-in account when its session has ended, then its second
 * factor when it has one (decision 0024); the page stays underneath.
 */
export function ReloginDialog({ email, onSignedIn, onSignOut }: ReloginDialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<TotpRequiredResponse | TotpEnrolResponse | null>(null);
  const [enrolled, setEnrolled] = useState<TotpLoginResponse | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await authApi.login(email, password);
      if (isSecondStep(result)) {
        setChallenge(result);
        setBusy(false);
      } else onSignedIn(result);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  if (enrolled?.recoveryCodes) {
    return (
      <Dialog title={t('auth.reloginTitle')} testId="relogin-dialog">
        <RecoveryCodes codes={enrolled.recoveryCodes} onContinue={() => onSignedIn(enrolled)} />
      </Dialog>
    );
  }
  if (challenge) {
    return (
      <Dialog title={t('auth.reloginTitle')} testId="relogin-dialog">
        <SecondFactorStep
          key={challenge.challengeToken}
          challenge={challenge}
          onDone={(response) => (response.recoveryCodes ? setEnrolled(response) : onSignedIn(response))}
          onRestart={(why) => {
            setChallenge(null);
            setError(why);
            setPassword('');
          }}
        />
      </Dialog>
    );
  }

  return (
    <Dialog title={t('auth.reloginTitle')} testId="relogin-dialog">
      <p>{t('auth.reloginBody', { email })}</p>
      {error !== null && (
        <Alert tone="error" testId="relogin-error">
          {describeError(error, lang, t)}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="relogin-password">{t('auth.password')}</label>
          <input
            id="relogin-password"
            name="relogin-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" className="btn btn--ghost" onClick={onSignOut} data-testid="relogin-sign-out">
            {t('auth.reloginSignOut')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy || password === ''} data-testid="relogin-submit">
            {t('auth.reloginSubmit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
