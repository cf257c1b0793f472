import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type UserView } from '@elderwork/contracts';
import { usersApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { useUser } from '../auth/auth-context';
import { useLabel, useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/LoadError';
import { CreateUserForm } from './CreateUserForm';

/** Accounts of this LAO: list, add, deactivate (lao_admin only). */
export function UsersPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const me = useUser();
  const { data, error, reload } = useFetch(() => usersApi.list(), 'users');
  const [actionError, setActionError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const setActive = async (user: UserView, active: boolean) => {
    setActionError(null);
    setBusyId(user.id);
    try {
      await usersApi.update(user.id, { active });
      reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section>
      <h1>{t('users.title')}</h1>
      {error !== null && <LoadError error={error} onRetry={reload} />}
      {actionError !== null && <Alert tone="error">{describeError(actionError, lang, t)}</Alert>}
      {data && (
        <div className="table-wrap">
          <table data-testid="user-table">
            <thead>
              <tr>
                <th>{t('users.displayName')}</th>
                <th>{t('users.email')}</th>
                <th>{t('users.role')}</th>
                <th>{t('users.status')}</th>
                <th>
                  <span className="sr-only">{t('users.status')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((u) => (
                <tr key={u.id} data-testid="user-row" className={u.active ? undefined : 'inactive'}>
                  <td>
                    {u.displayName} {u.id === me.id && <span className="muted">{t('users.you')}</span>}
                  </td>
                  <td>{u.email}</td>
                  <td>{label(ROLE_LABELS, u.role)}</td>
                  <td>{u.active ? t('users.active') : t('users.inactive')}</td>
                  <td>
                    {u.id !== me.id && (
                      <button
                        type="button"
                        className={`btn btn--small${u.active ? ' btn--danger' : ''}`}
                        disabled={busyId === u.id}
                        onClick={() => void setActive(u, !u.active)}
                        data-testid={`toggle-active-${u.email}`}
                      >
                        {u.active ? t('users.deactivate') : t('users.activate')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateUserForm onCreated={reload} />
    </section>
  );
}
