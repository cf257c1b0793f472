import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECOND_FACTOR_ROLES, type UserView } from '@elderwork/contracts';
import { usersApi } from '../api/endpoints';

interface Props {
  user: UserView;
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}

/** For an administrator's or officer's lost phone: the account sets up its app again at the next sign-in (decision 0024). */
export function ResetSecondFactorButton({ user, onDone, onError }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  if (!SECOND_FACTOR_ROLES.includes(user.role)) return null;

  const reset = async () => {
    if (!window.confirm(t('users.resetSecondFactorConfirm', { email: user.email }))) return;
    setBusy(true);
    try {
      await usersApi.resetSecondFactor(user.id);
      onDone(t('users.secondFactorReset', { email: user.email }));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" className="btn btn--small" disabled={busy} onClick={() => void reset()} data-testid={`reset-2fa-${user.email}`}>
      {t('users.resetSecondFactor')}
    </button>
  );
}
