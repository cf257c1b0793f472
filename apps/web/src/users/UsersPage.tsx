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
import { UsersImport } from './UsersImport';
import { ResetSecondFactorButton } from './ResetSecondFactorButton';

/**
 * The accounts the caller manages (decision 0022): list, add, deactivate, send a password link,
 * unlock; province and DLA officers also filter by org unit and import LAOs' first administrators.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const me = useUser();
  const officer = me.role !== 'lao_admin';
  const [orgUnitCode, setOrgUnitCode] = useState('');
  const [shownCode, setShownCode] = useState('');
  const { data, error, reload } = useFetch(() => usersApi.list(shownCode || undefined), `users:${shownCode}`);
  const [actionError, setActionError] = useState<unknown>(null);
  const [actionDone, setActionDone] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const act = async (user: UserView, run: () => Promise<unknown>, done: string | null) => {
    setActionError(null);
    setActionDone(null);
    setBusyId(user.id);
    try {
      await run();
      setActionDone(done);
      reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusyId(null);
    }
  };
  const setActive = (user: UserView, active: boolean) => act(user, () => usersApi.update(user.id, { active }), null);
  const sendLink = (user: UserView) => act(user, () => usersApi.sendResetLink(user.id), t('users.resetLinkSent', { email: user.email }));
  const unlock = (user: UserView) => act(user, () => usersApi.unlock(user.id), t('users.unlocked', { email: user.email }));

  return (
    <section>
      <h1>{t(officer ? 'users.titleOfficer' : 'users.title')}</h1>
      {officer && (
        <form
          className="button-row"
          onSubmit={(e) => {
            e.preventDefault();
            setShownCode(orgUnitCode.trim());
          }}
          data-testid="users-filter"
        >
          <label htmlFor="filter-org-unit">{t('users.filter')}</label>
          <input id="filter-org-unit" inputMode="numeric" value={orgUnitCode} onChange={(e) => setOrgUnitCode(e.target.value)} />
          <button type="submit" className="btn btn--small">
            {t('users.filterApply')}
          </button>
        </form>
      )}
      {error !== null && <LoadError error={error} onRetry={reload} />}
      {actionError !== null && <Alert tone="error">{describeError(actionError, lang, t)}</Alert>}
      {actionDone !== null && (
        <Alert tone="success" testId="user-action-done">
          {actionDone}
        </Alert>
      )}
      {data && (
        <div className="table-wrap">
          <table data-testid="user-table">
            <thead>
              <tr>
                <th>{t('users.displayName')}</th>
                <th>{t('users.email')}</th>
                <th>{t('users.role')}</th>
                {officer && <th>{t('users.orgUnit')}</th>}
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
                  {officer && (
                    <td>
                      {u.orgUnit.code} {u.orgUnit.name}
                    </td>
                  )}
                  <td>{u.active ? t('users.active') : t('users.inactive')}</td>
                  <td>
                    {u.id !== me.id && (
                      <span className="row-actions">
                        {u.active && (
                          <button type="button" className="btn btn--small" disabled={busyId === u.id} onClick={() => void sendLink(u)} data-testid={`send-link-${u.email}`}>
                            {t('users.sendResetLink')}
                          </button>
                        )}
                        <ResetSecondFactorButton user={u} onDone={setActionDone} onError={setActionError} />
                        {u.active && (
                          <button type="button" className="btn btn--small" disabled={busyId === u.id} onClick={() => void unlock(u)} data-testid={`unlock-${u.email}`}>
                            {t('users.unlock')}
                          </button>
                        )}
                        <button
                          type="button"
                          className={`btn btn--small${u.active ? ' btn--danger' : ''}`}
                          disabled={busyId === u.id}
                          onClick={() => void setActive(u, !u.active)}
                          data-testid={`toggle-active-${u.email}`}
                        >
                          {u.active ? t('users.deactivate') : t('users.activate')}
                        </button>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateUserForm onCreated={reload} />
      {officer && <UsersImport onImported={reload} />}
    </section>
  );
}
