import type { FieldErrors, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  DISABILITY_TYPE_LABELS,
  DISABILITY_TYPES,
  LEGAL_BASES,
  LEGAL_BASIS_LABELS,
  SEX_LABELS,
  SEXES,
} from '@elderwork/contracts';
import { useLabel } from '../i18n';
import { Field } from '../ui/Field';
import { FieldError } from '../ui/FieldError';
import { DateInput } from '../ui/DateInput';
import type { ResidentFormValues } from './form-values';
import { PrefixField } from './PrefixField';

interface ResidentFieldsProps {
  register: UseFormRegister<ResidentFormValues>;
  setValue: UseFormSetValue<ResidentFormValues>;
  /** The prefix the form starts with (chosen from the list, or typed under "อื่น ๆ"). */
  initialPrefix: string;
  errors: FieldErrors<ResidentFormValues>;
  /** Current text of the date fields, for their previews. */
  dates: { birthDate: string; disabilityCardIssuedOn: string };
}

/** The inputs of an elder's record; each input's id and name equal the DTO field name. */
export function ResidentFields({ register, setValue, initialPrefix, errors, dates }: ResidentFieldsProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const invalid = (name: keyof ResidentFormValues) => (errors[name] ? true : undefined);

  return (
    <>
      <fieldset>
        <legend>{t('field.sectionPerson')}</legend>
        <div className="grid">
          <Field name="nationalId" label={t('field.nationalId')} error={errors.nationalId} required className="span-2">
            <input
              id="nationalId"
              inputMode="numeric"
              autoComplete="off"
              maxLength={17}
              placeholder="X-XXXX-XXXXX-XX-X"
              aria-invalid={invalid('nationalId')}
              {...register('nationalId')}
            />
          </Field>
          <PrefixField register={register} setValue={setValue} initial={initialPrefix} error={errors.prefix} />
          <Field name="firstName" label={t('field.firstName')} error={errors.firstName} required>
            <input id="firstName" autoComplete="off" aria-invalid={invalid('firstName')} {...register('firstName')} />
          </Field>
          <Field name="lastName" label={t('field.lastName')} error={errors.lastName} required>
            <input id="lastName" autoComplete="off" aria-invalid={invalid('lastName')} {...register('lastName')} />
          </Field>
          <Field name="sex" label={t('field.sex')} error={errors.sex} required>
            <select id="sex" aria-invalid={invalid('sex')} {...register('sex')}>
              <option value="">{t('field.chooseSex')}</option>
              {SEXES.map((s) => (
                <option key={s} value={s}>
                  {label(SEX_LABELS, s)}
                </option>
              ))}
            </select>
          </Field>
          <Field name="birthDate" label={t('field.birthDate')} error={errors.birthDate} hint={t('field.dateHint')} required>
            <DateInput
              name="birthDate"
              value={dates.birthDate}
              registration={register('birthDate')}
              invalid={!!errors.birthDate}
            />
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('field.sectionAddress')}</legend>
        <div className="grid">
          <Field name="houseNo" label={t('field.houseNo')} error={errors.houseNo}>
            <input id="houseNo" autoComplete="off" aria-invalid={invalid('houseNo')} {...register('houseNo')} />
          </Field>
          <Field name="moo" label={t('field.moo')} error={errors.moo}>
            <input id="moo" inputMode="numeric" autoComplete="off" aria-invalid={invalid('moo')} {...register('moo')} />
          </Field>
          <Field name="village" label={t('field.village')} error={errors.village}>
            <input id="village" autoComplete="off" aria-invalid={invalid('village')} {...register('village')} />
          </Field>
          <Field name="phone" label={t('field.phone')} error={errors.phone}>
            <input id="phone" type="tel" autoComplete="off" aria-invalid={invalid('phone')} {...register('phone')} />
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('field.sectionWelfare')}</legend>
        <div className="grid">
          <Field name="disabilityType" label={t('field.disabilityType')} error={errors.disabilityType}>
            <select id="disabilityType" aria-invalid={invalid('disabilityType')} {...register('disabilityType')}>
              <option value="">{t('field.noDisability')}</option>
              {DISABILITY_TYPES.map((d) => (
                <option key={d} value={d}>
                  {label(DISABILITY_TYPE_LABELS, d)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            name="disabilityCardIssuedOn"
            label={t('field.disabilityCardIssuedOn')}
            error={errors.disabilityCardIssuedOn}
            hint={t('field.dateHint')}
          >
            <DateInput
              name="disabilityCardIssuedOn"
              value={dates.disabilityCardIssuedOn}
              registration={register('disabilityCardIssuedOn')}
              invalid={!!errors.disabilityCardIssuedOn}
            />
          </Field>
          <div className="field field--check">
            <label>
              <input id="livingAlone" type="checkbox" {...register('livingAlone')} /> {t('field.livingAlone')}
            </label>
            <FieldError name="livingAlone" error={errors.livingAlone} />
          </div>
          <div className="field field--check">
            <label>
              <input id="caresForDisabledPerson" type="checkbox" {...register('caresForDisabledPerson')} />{' '}
              {t('field.caresForDisabledPerson')}
            </label>
            <FieldError name="caresForDisabledPerson" error={errors.caresForDisabledPerson} />
          </div>
          <Field name="legalBasis" label={t('field.legalBasis')} error={errors.legalBasis} required className="span-2">
            <select id="legalBasis" aria-invalid={invalid('legalBasis')} {...register('legalBasis')}>
              {LEGAL_BASES.map((b) => (
                <option key={b} value={b}>
                  {label(LEGAL_BASIS_LABELS, b)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </fieldset>
    </>
  );
}
