import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { parseThaiDate } from '@elderwork/thai';
import { useLang } from '../i18n';
import { formatDate } from '../i18n/format';

interface DateInputProps {
  name: string;
  value: string;
  registration: UseFormRegisterReturn;
  invalid: boolean;
}

/**
 * A date typed as text, 'DD/MM/YYYY' in BE (as on Thai ID cards) or ISO. Under it, the date as
 * understood, so a wrong era (2500 vs 1957) is seen before saving.
 */
export function DateInput({ name, value, registration, invalid }: DateInputProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const iso = value ? parseThaiDate(value) : null;
  return (
    <>
      <input
        id={name}
        type="text"
        inputMode="numeric"
        placeholder={t('field.datePlaceholder')}
        autoComplete="off"
        aria-invalid={invalid}
        aria-describedby={`${name}-hint`}
        {...registration}
      />
      {iso && (
        <small className="date-preview" data-testid={`preview-${name}`}>
          = {formatDate(iso, lang, 'long')}
        </small>
      )}
    </>
  );
}
