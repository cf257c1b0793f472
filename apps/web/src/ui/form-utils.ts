import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { VALIDATION_MESSAGES } from '@elderwork/contracts';

/**
 * Wrap a DTO resolver so that empty pickers get a "choose …" message rather than the DTO's
 * generic one (an empty residentId would otherwise read "invalid reference"). The error type
 * stays `required`, so English mode still finds a translation.
 */
export function requiring<V extends FieldValues, T>(
  base: Resolver<V, unknown, T>,
  messages: Partial<Record<keyof V & string, string>>,
): Resolver<V, unknown, T> {
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const blank = (Object.keys(messages) as (keyof V & string)[]).filter((field) => {
      const value: unknown = values[field];
      return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    });
    if (blank.length === 0) return result;
    const errors: Record<string, unknown> = { ...result.errors };
    for (const field of blank) {
      errors[field] = { type: 'required', message: messages[field] ?? VALIDATION_MESSAGES.required.th };
    }
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}
