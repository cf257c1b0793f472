import { useTranslation } from 'react-i18next';
import { SECOND_FACTOR_ROLES, type UserView } from '@elderwork/contracts';

interface Props {
  user: UserView;
  busy: boolean;
  /** Called once the administrator confirmed. */
  onReset: () => void;
}

/** For an administrator's or officer's lost phone: the account sets up its app again at the next sign-in (decision 0024). */
export function ResetSecondFactorButton({ user, busy, onReset }: Props) {
  const { t } = useTranslation();
  if (!SECOND_FACTOR_ROLES.includes(user.role)) return null;

  const confirmAndReset = () => {
    if (window.confirm(t('users.resetSecondFactorConfirm', { email: user.email }))) onReset();
  };

  return (
    <button type="button" className="btn btn--small" disabled={busy} onClick={confirmAndReset} data-testid={`reset-2fa-${user.email}`}>
      {t('users.resetSecondFactor')}
    </button>
  );
}
