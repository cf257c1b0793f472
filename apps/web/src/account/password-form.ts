import type { FieldValues, Path, Resolver } from 'react-hook-form';

/**
 * A new password typed twice: the check of the DTO first, then "the two do not match" on
 * `confirm` (the DTO knows nothing of the second typing, which is never sent).
 */
export function confirming<V extends FieldValues & { confirm: string }, T>(base: Resolver<V, unknown, T>, password: Path<V>, mismatch: string): Resolver<V, unknown, T> {
  return async (values, context, options) => {
    const result = await base(values, context, options);
    if (Object.keys(result.errors).length > 0 || values[password] === values.confirm) return result;
    return { values: {}, errors: { confirm: { type: 'mismatch', message: mismatch } } } as Awaited<ReturnType<Resolver<V, unknown, T>>>;
  };
}

/** What is sent: the form without its second typing. */
export function withoutConfirm<V extends { confirm: string }>({ confirm: _confirm, ...dto }: V): Omit<V, 'confirm'> {
  return dto;
}
