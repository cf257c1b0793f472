import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type UserView } from '@elderwork/contracts';
import { useUser } from '../auth/auth-context';
import { useLabel, useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/LoadError';
import { CreateUserForm } from './CreateUserForm';
import { UsersImport } from './UsersImport';
import { ResetSecondFactorButton } from './ResetSecondFactorButton';
import { useUserAction, useUsers, type UserAction } from './queries';

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
  const users = useUsers(shownCode);
  const { data } = users;
  const action = useUserAction();
  const [actionDone, setActionDone] = useState<string | null>(null);
  // The account an action runs on, while it does.
  const busyId = action.isPending ? action.variables.user.id : null;

  // One action at a time; the mutation refreshes the list, its error is the page's one message.
  const act = (user: UserView, kind: UserAction, done: string | null) => {
    setActionDone(null);
    action.mutate({ action: kind, user }, { onSuccess: () => setActionDone(done) });
  };
  const setActive = (user: UserView, active: boolean) => act(user, active ? 'activate' : 'deactivate', null);
  const sendLink = (user: UserView) => act(user, 'sendResetLink', t('users.resetLinkSent', { email: user.email }));
  const unlock = (user: UserView) => act(user, 'unlock', t('users.unlocked', { email: user.email }));
  const resetSecondFactor = (user: UserView) => act(user, 'resetSecondFactor', t('users.secondFactorReset', { email: user.email }));

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
      {users.isError && <LoadError query={users} />}
      {action.isError && <Alert tone="error">{describeError(action.error, lang, t)}</Alert>}
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
                          <button type="button" className="btn btn--small" disabled={busyId === u.id} onClick={() => sendLink(u)} data-testid={`send-link-${u.email}`}>
                            {t('users.sendResetLink')}
                          </button>
                        )}
                        <ResetSecondFactorButton user={u} busy={busyId === u.id} onReset={() => resetSecondFactor(u)} />
                        {u.active && (
                          <button type="button" className="btn btn--small" disabled={busyId === u.id} onClick={() => unlock(u)} data-testid={`unlock-${u.email}`}>
                            {t('users.unlock')}
                          </button>
                        )}
                        <button
                          type="button"
                          className={`btn btn--small${u.active ? ' btn--danger' : ''}`}
                          disabled={busyId === u.id}
                          onClick={() => setActive(u, !u.active)}
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
      <CreateUserForm />
      {officer && <UsersImport />}
    </section>
  );
}
