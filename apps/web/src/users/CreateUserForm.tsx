import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { dtoResolver } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { CreateUserDto, ERROR_CODES, ROLE_LABELS, type Role } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { usersApi } from '../api/endpoints';
import { useUser } from '../auth/auth-context';
import { useLabel, useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { applyServerErrors } from '../ui/server-errors';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';

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

const FIELDS = ['email', 'displayName', 'role', 'orgUnitCode'] as const;
const resolver = dtoResolver<UserForm, CreateUserDto>(CreateUserDto);

/** A new account in the caller's scope; it gets no password from here but an activation link by mail (decision 0023). */
export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const me = useUser();
  const roles = CREATABLE[me.role];
  const EMPTY: UserForm = { email: '', displayName: '', role: roles[0] ?? 'staff', orgUnitCode: undefined };
  const lang = useLang();
  const label = useLabel();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const form = useForm<UserForm, unknown, CreateUserDto>({ resolver, defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch('role');
  // An LAO administrator's accounts are in their LAO; a DLA officer's belong to the DLA.
  const needsOrgUnit = me.role !== 'lao_admin' && role !== 'dla_officer';

  const onSubmit = form.handleSubmit(async (dto) => {
    setError(null);
    setDone(false);
    try {
      await usersApi.create(dto);
      form.reset(EMPTY);
      setDone(true);
      onCreated();
    } catch (e) {
      if (e instanceof ApiError && e.code === ERROR_CODES.duplicateEmail) {
        form.setError('email', { type: 'duplicate', message: t('errors.DUPLICATE_EMAIL') }, { shouldFocus: true });
      } else if (e instanceof ApiError && e.code === ERROR_CODES.notFound && needsOrgUnit) {
        // An org unit that does not exist or lies outside the caller's area: one answer.
        form.setError('orgUnitCode', { type: 'notFound', message: t('users.orgUnitNotFound') }, { shouldFocus: true });
      } else if (e instanceof ApiError && e.code === ERROR_CODES.validationFailed) {
        applyServerErrors(e, form.setError, FIELDS);
      } else {
        setError(e);
      }
    }
  });

  return (
    <form className="card" onSubmit={onSubmit} noValidate data-testid="create-user-form">
      <h2>{t('users.create')}</h2>
      <p className="muted">{t('users.createHint')}</p>
      {error !== null && <Alert tone="error">{describeError(error, lang, t)}</Alert>}
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
      <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="create-user">
        {t('users.create')}
      </button>
    </form>
  );
}
