import type { FieldError as HookFieldError } from 'react-hook-form';
import { useLang } from '../i18n';
import { translateValidation } from '../i18n/validation';

/** A field's validation message, findable by role="alert" and data-testid="error-<field>". */
export function FieldError({ name, error }: { name: string; error: HookFieldError | undefined }) {
  const lang = useLang();
  if (!error) return null;
  return (
    <p className="field-error" role="alert" id={`${name}-error`} data-testid={`error-${name}`}>
      {lang === 'en' && typeof error.types?.['en'] === 'string' ? error.types['en'] : translateValidation(error.message, error.type, lang)}
    </p>
  );
}
