import { classValidatorResolver } from '@hookform/resolvers/class-validator';
import type { FieldValues, Resolver, ResolverOptions } from 'react-hook-form';

/** A contracts DTO class (class-validator decorators on its fields). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- class-validator takes any constructor
export type DtoClass = new (...args: any[]) => object;

/**
 * The one place a contracts DTO becomes a react-hook-form resolver (issue 14). The form holds its
 * values as typed (`TValues`: strings, BE dates); the DTO's transforms and validators turn them into
 * what is sent (`TDto`). `input` reshapes the values first where the form holds more or other than
 * the DTO checks (a picked elder, a version riding along, the ADL items or the total alone).
 *
 * The cast lives here only: the class-validator resolver is typed on the DTO's own shape, and a
 * form's values differ from it by design (strings before the transforms).
 */
export function dtoResolver<TValues extends FieldValues, TDto = TValues>(
  Dto: DtoClass,
  input?: (values: TValues) => Record<string, unknown>,
): Resolver<TValues, unknown, TDto> {
  const base = classValidatorResolver(Dto) as unknown as Resolver<FieldValues, unknown, TDto>;
  return (values, context, options) =>
    base(input ? input(values) : values, context, options as unknown as ResolverOptions<FieldValues>) as ReturnType<Resolver<TValues, unknown, TDto>>;
}
