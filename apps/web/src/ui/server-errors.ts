import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isRuleCode, renderRule, type FieldError } from '@elderwork/contracts';
import type { ApiError } from '../api/client';

/**
 * Put a 400's field errors on the form's fields (the server's rule code becomes the error type,
 * so English mode can translate it; a RULES code carries its English text in `types.en`). Returns the errors that name no field of this form.
 */
export function applyServerErrors<T extends FieldValues>(
  error: ApiError,
  setError: UseFormSetError<T>,
  fields: readonly string[],
): FieldError[] {
  const unmatched: FieldError[] = [];
  let focused = false;
  for (const fieldError of error.body.errors ?? []) {
    if (fields.includes(fieldError.field)) {
      setError(
        fieldError.field as Path<T>,
        // A rule of the catalogue keeps its English rendering beside the Thai (FieldError shows the user's language).
        isRuleCode(fieldError.code)
          ? { type: fieldError.code, message: fieldError.message, types: { en: renderRule(fieldError.code, 'en', fieldError.params) } }
          : { type: fieldError.code, message: fieldError.message },
        { shouldFocus: !focused },
      );
      focused = true;
    } else {
      unmatched.push(fieldError);
    }
  }
  return unmatched;
}
