import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { classValidatorResolver } from '@hookform/resolvers/class-validator';
import { useTranslation } from 'react-i18next';
import { CreateUserDto, ERROR_CODES, ROLE_LABELS, type LaoAccountRole } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { usersApi } from '../api/endpoints';
import { useLabel, useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { applyServerErrors } from '../ui/server-errors';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';

interface UserForm {
  email: string;
  displayName: string;
  password: string;
  role: LaoAccountRole;
}

/** An LAO administrator creates staff only: administrators are appointed from above (decision 0022). */
const CREATABLE: readonly LaoAccountRole[] = ['staff'];

const FIELDS = ['email', 'displayName', 'password', 'role'] as const;
const EMPTY: UserForm = { email: '', displayName: '', password: '', role: 'staff' };
const resolver = classValidatorResolver(CreateUserDto) as unknown as Resolver<UserForm, unknown, CreateUserDto>;

/** A new staff account of this LAO. */
export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const form = useForm<UserForm, unknown, CreateUserDto>({ resolver, defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

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
      {error !== null && <Alert tone="error">{describeError(error, lang, t)}</Alert>}
      {done && <Alert tone="success">{t('users.created')}</Alert>}
      <div className="grid">
        <Field name="email" label={t('users.email')} error={errors.email} required>
          <input id="email" type="email" autoComplete="off" {...form.register('email')} />
        </Field>
        <Field name="displayName" label={t('users.displayName')} error={errors.displayName} required>
          <input id="displayName" autoComplete="off" {...form.register('displayName')} />
        </Field>
        <Field name="password" label={t('users.password')} error={errors.password} required>
          <input id="password" type="password" autoComplete="new-password" {...form.register('password')} />
        </Field>
        <Field name="role" label={t('users.role')} error={errors.role} required>
          <select id="role" {...form.register('role')}>
            {CREATABLE.map((r) => (
              <option key={r} value={r}>
                {label(ROLE_LABELS, r)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="create-user">
        {t('users.create')}
      </button>
    </form>
  );
}
