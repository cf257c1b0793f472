import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ERROR_CODES } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { referenceApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { Field } from '../ui/Field';
import { problemOf, SaveProblemAlert, type SaveProblem } from '../ui/SaveProblem';

/** What the employer form holds: text as typed; the DTO's transforms give the API's shape. */
export interface EmployerFormValues {
  name: string;
  registrationNumber: string;
  provinceCode: string;
  address: string;
  contactPerson: string;
  phone: string;
}

export const EMPLOYER_FIELDS = ['name', 'registrationNumber', 'provinceCode', 'address', 'contactPerson', 'phone'] as const;

export const EMPTY_EMPLOYER: EmployerFormValues = {
  name: '',
  registrationNumber: '',
  provinceCode: '',
  address: '',
  contactPerson: '',
  phone: '',
};

interface EmployerFormProps<TDto> {
  defaultValues: EmployerFormValues;
  resolver: Resolver<EmployerFormValues, unknown, TDto>;
  onSave: (dto: TDto) => Promise<void>;
}

/** สถานประกอบการ: name, juristic registration number (13 digits, checksum), province, contact. */
export function EmployerForm<TDto>({ defaultValues, resolver, onSave }: EmployerFormProps<TDto>) {
  const { t } = useTranslation();
  const provinces = useFetch(() => referenceApi.provinces(), 'provinces');
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const form = useForm<EmployerFormValues, unknown, TDto>({ resolver, defaultValues, mode: 'onTouched' });
  const { errors, isSubmitting } = form.formState;
  const invalid = (name: keyof EmployerFormValues) => (errors[name] ? true : undefined);

  const onSubmit = form.handleSubmit(async (dto) => {
    setProblem(null);
    try {
      await onSave(dto);
    } catch (error) {
      setProblem(problemOf(error, form.setError, EMPLOYER_FIELDS, (id) => `/section35/employers/${id}`));
      const blamed = error instanceof ApiError && error.body.errors?.some((e) => e.field === 'registrationNumber');
      if (error instanceof ApiError && error.code === ERROR_CODES.duplicateRegistrationNumber && !blamed) {
        form.setError('registrationNumber', { type: 'duplicate', message: t('employers.duplicate') }, { shouldFocus: true });
      }
    }
  });

  return (
    <form className="card" onSubmit={onSubmit} noValidate data-testid="employer-form">
      {problem && <SaveProblemAlert problem={problem} />}
      <div className="grid">
        <Field name="name" label={t('employers.name')} error={errors.name} required className="span-2">
          <input id="name" autoComplete="organization" aria-invalid={invalid('name')} {...form.register('name')} />
        </Field>
        <Field name="registrationNumber" label={t('employers.registrationNumber')} error={errors.registrationNumber} required>
          <input
            id="registrationNumber"
            inputMode="numeric"
            autoComplete="off"
            maxLength={17}
            placeholder="X-XXXX-XXXXX-XX-X"
            aria-invalid={invalid('registrationNumber')}
            {...form.register('registrationNumber')}
          />
        </Field>
        <Field name="provinceCode" label={t('employers.province')} error={errors.provinceCode} required>
          {/* Mounted once the options exist, so the stored province is selected on edit. */}
          {provinces.data ? (
            <select id="provinceCode" aria-invalid={invalid('provinceCode')} {...form.register('provinceCode')}>
              <option value="">{t('employers.chooseProvince')}</option>
              {provinces.data.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          ) : (
            <select id="provinceCode" disabled>
              <option>{provinces.error !== null ? t('common.loadFailed') : t('common.loading')}</option>
            </select>
          )}
        </Field>
        <Field name="address" label={t('employers.address')} error={errors.address} className="span-2">
          <textarea id="address" rows={2} maxLength={500} aria-invalid={invalid('address')} {...form.register('address')} />
        </Field>
        <Field name="contactPerson" label={t('employers.contactPerson')} error={errors.contactPerson}>
          <input id="contactPerson" autoComplete="off" aria-invalid={invalid('contactPerson')} {...form.register('contactPerson')} />
        </Field>
        <Field name="phone" label={t('employers.phone')} error={errors.phone}>
          <input id="phone" type="tel" autoComplete="off" aria-invalid={invalid('phone')} {...form.register('phone')} />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="employer-save">
          {t('common.save')}
        </button>
        <Link to="/section35/employers" className="btn btn--ghost">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
