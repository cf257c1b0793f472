import { useState } from 'react';
import type { FieldError as HookFieldError, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PREFIX_LABELS, PREFIXES, type Prefix } from '@elderwork/contracts';
import { useLabel } from '../i18n';
import { Field } from '../ui/Field';
import type { ResidentFormValues } from './form-values';

const OTHER = 'other';
const isListed = (value: string): value is Prefix => (PREFIXES as readonly string[]).includes(value);

/**
 * คำนำหน้าชื่อ chosen from a list, or typed after "อื่น ๆ" (issue 15). The typed input is the form's
 * `prefix` field either way; choosing from the list fills it.
 */
export function PrefixField({
  register,
  setValue,
  initial,
  error,
}: {
  register: UseFormRegister<ResidentFormValues>;
  setValue: UseFormSetValue<ResidentFormValues>;
  initial: string;
  error: HookFieldError | undefined;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const [choice, setChoice] = useState<string>(isListed(initial) ? initial : initial ? OTHER : '');

  const choose = (value: string) => {
    setChoice(value);
    if (value !== OTHER) setValue('prefix', value, { shouldDirty: true, shouldValidate: Boolean(value) });
    else setValue('prefix', '', { shouldDirty: true });
  };

  return (
    <Field name="prefix" label={t('field.prefix')} error={error} required>
      <select id="prefixChoice" aria-label={t('field.prefix')} aria-invalid={error ? true : undefined} value={choice} onChange={(e) => choose(e.target.value)}>
        <option value="">{t('field.choosePrefix')}</option>
        {PREFIXES.map((p) => (
          <option key={p} value={p}>
            {label(PREFIX_LABELS, p)}
          </option>
        ))}
        <option value={OTHER}>{t('field.otherPrefix')}</option>
      </select>
      <input
        id="prefix"
        autoComplete="off"
        hidden={choice !== OTHER}
        placeholder={t('field.otherPrefixHint')}
        aria-invalid={error ? true : undefined}
        {...register('prefix')}
      />
    </Field>
  );
}
