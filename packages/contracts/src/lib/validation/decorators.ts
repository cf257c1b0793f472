import { ValidateIf, registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidNationalId, parseThaiDate } from '@elderwork/thai';

/** Apply several property decorators as one. */
export const compose =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };

/** An optional field whose null is not absence: `null` is validated (and refused by the field's rules), only a missing field is skipped. */
export const Omittable = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** For PATCH bodies: validate the field when it is present (null is present and must pass). */
export const WhenPresent = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

export function IsNationalId(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'nationalId',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidNationalId(value) },
    });
}

/** The plausible range of any date the API stores. */
export const DATE_BOUNDS = { from: '1900-01-01', to: '2100-12-31' } as const;

/** A calendar date given as ISO CE, ISO with a BE year, or DD/MM/YYYY; the transform has already made it ISO CE. */
export function IsThaiDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'thaiDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        // A general bound for any date (birth, record, visit…): CE 1900–2100 (BE 2443–2643), decision 0016.
        validate: (value: unknown) => typeof value === 'string' && parseThaiDate(value) === value && value >= DATE_BOUNDS.from && value <= DATE_BOUNDS.to,
      },
    });
}

/** A custom rule on the whole object, reported on one field. */
export function Satisfies<T>(
  name: string,
  rule: (value: unknown, object: T) => boolean,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: (value: unknown, args) => rule(value, args?.object as T) },
    });
}
