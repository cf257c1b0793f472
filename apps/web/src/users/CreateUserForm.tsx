import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateUserDto, ERROR_CODES, ROLE_LABELS, type Role } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { useUser } from '../auth/auth-context';
import { useLabel } from '../i18n';
import { useDtoForm } from '../ui/forms';
import { SaveProblemAlert } from '../ui/SaveProblem';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { useCreateUser } from './queries';

interface UserForm {
  email: string;
  displayName: string;
  role: Role;
  orgUnitCode?: string;
}

/**
 * The roles each manager may give (decision 0022): an LAO administrator creates staff only, a
 * province its LAOs' administrators, the DLA administrators, provincial and DLA officers.
 */
const CREATABLE: Record<Role, readonly Role[]> = {
  staff: [],
  lao_admin: ['staff'],
  province_officer: ['lao_admin'],
  dla_officer: ['lao_admin', 'province_officer', 'dla_officer'],
};

/** A new account in the caller's scope; it gets no password from here but an activation link by mail (decision 0023). */
export function CreateUserForm() {
  const { t } = useTranslation();
  const me = useUser();
  const roles = CREATABLE[me.role];
  const EMPTY: UserForm = { email: '', displayName: '', role: roles[0] ?? 'staff', orgUnitCode: undefined };
  const label = useLabel();
  const [done, setDone] = useState(false);
  const create = useCreateUser();
  const { form, onSubmit, problem, pending } = useDtoForm({
    Dto: CreateUserDto,
    defaults: EMPTY,
    mutate: (dto) => {
      setDone(false);
      return create.mutateAsync(dto);
    },
    onSuccess: () => {
      form.reset(EMPTY);
      setDone(true);
    },
    problemOf: (e, setError) => {
      if (e instanceof ApiError && e.code === ERROR_CODES.duplicateEmail) {
        setError('email', { type: 'duplicate', message: t('errors.DUPLICATE_EMAIL') }, { shouldFocus: true });
        return null;
      }
      if (e instanceof ApiError && e.code === ERROR_CODES.notFound && needsOrgUnit) {
        // An org unit that does not exist or lies outside the caller's area: one answer.
        setError('orgUnitCode', { type: 'notFound', message: t('users.orgUnitNotFound') }, { shouldFocus: true });
        return null;
      }
      return undefined;
    },
  });
  const { errors } = form.formState;
  const role = form.watch('role');
  // An LAO administrator's accounts are in their LAO; a DLA officer's belong to the DLA.
  const needsOrgUnit = me.role !== 'lao_admin' && role !== 'dla_officer';

  return (
    <form className="card" onSubmit={onSubmit} noValidate data-testid="create-user-form">
      <h2>{t('users.create')}</h2>
      <p className="muted">{t('users.createHint')}</p>
      {problem && <SaveProblemAlert problem={problem} />}
      {done && (
        <Alert tone="success" testId="user-created">
          {t('users.created')}
        </Alert>
      )}
      <div className="grid">
        <Field name="email" label={t('users.email')} error={errors.email} required>
          <input id="email" type="email" autoComplete="off" {...form.register('email')} />
        </Field>
        <Field name="displayName" label={t('users.displayName')} error={errors.displayName} required>
          <input id="displayName" autoComplete="off" {...form.register('displayName')} />
        </Field>
        <Field name="role" label={t('users.role')} error={errors.role} required>
          <select id="role" {...form.register('role')}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {label(ROLE_LABELS, r)}
              </option>
            ))}
          </select>
        </Field>
        {needsOrgUnit && (
          <Field name="orgUnitCode" label={t(role === 'province_officer' ? 'users.provinceCode' : 'users.laoCode')} error={errors.orgUnitCode} required>
            <input id="orgUnitCode" inputMode="numeric" autoComplete="off" {...form.register('orgUnitCode', { setValueAs: (v: string) => (v ? v.trim() : undefined) })} />
          </Field>
        )}
      </div>
      <button type="submit" className="btn btn--primary" disabled={pending} data-testid="create-user">
        {t('users.create')}
      </button>
    </form>
  );
}
