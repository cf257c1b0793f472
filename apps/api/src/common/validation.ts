import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { VALIDATION_MESSAGES, type FieldError } from '@elderwork/contracts';
import { validationFailed } from './domain-errors';

/** class-validator errors → field errors, one (the first) per field, nested paths dotted. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    const first = constraints[0];
    const own: FieldError[] = first ? [{ field, code: first[0], message: first[1] }] : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Unknown properties are refused with a Thai message rather than silently dropped. */
function translateWhitelist(errors: FieldError[]): FieldError[] {
  return errors.map((e) => {
    if (e.code === 'whitelistValidation') return { ...e, code: 'unknownField', message: VALIDATION_MESSAGES.unknownField.th };
    // Nest's own check that the body is an object (`[]`, a string): its text is English.
    if (e.code === 'isObject' && e.field === 'body') return { ...e, message: VALIDATION_MESSAGES.bodyNotObject.th };
    return e;
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validationFailed(translateWhitelist(toFieldErrors(errors))),
  });
}
