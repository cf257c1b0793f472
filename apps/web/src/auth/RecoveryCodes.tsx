import { useTranslation } from 'react-i18next';

/** The ten recovery codes, shown once after enrolment; the session starts when the user says they kept them. */
export function RecoveryCodes({ codes, onContinue, doneLabel }: { codes: string[]; onContinue: () => void; doneLabel?: string }) {
  const { t } = useTranslation();
  return (
    <section data-testid="recovery-codes">
      <h2>{t('auth.totp.recoveryTitle')}</h2>
      <p className="muted">{t('auth.totp.recoveryHelp')}</p>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn--primary btn--block" onClick={onContinue} data-testid="recovery-done">
        {doneLabel ?? t('auth.totp.recoveryDone')}
      </button>
    </section>
  );
}
