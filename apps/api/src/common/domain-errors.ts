import { ERROR_CODES, renderRule, VALIDATION_MESSAGES, type ErrorCode, type FieldError, type RuleCode, type RuleParams, type ValidationMessageKey } from '@elderwork/contracts';

/** Errors with stable codes; HttpErrorFilter maps them to HTTP. Messages are Thai, for the user. */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: { errors?: FieldError[]; existingId?: string } = {},
  ) {
    super(message);
  }
}

export const notFound = (what = 'ข้อมูล'): DomainError =>
  new DomainError(404, ERROR_CODES.notFound, `ไม่พบ${what}ที่ต้องการ`);

export const validationFailed = (errors: FieldError[]): DomainError =>
  new DomainError(400, ERROR_CODES.validationFailed, 'ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบช่องที่มีข้อความแจ้ง', { errors });

/** A field refused by a rule of the RULES catalogue: its Thai message, its code and its parameters (the web renders English from them). */
export const ruleError = (field: string, code: RuleCode, params: RuleParams = {}): FieldError =>
  Object.keys(params).length > 0 ? { field, code, message: renderRule(code, 'th', params), params } : { field, code, message: renderRule(code, 'th') };

/** 400 for one field refused by a rule of the catalogue. */
export const fieldError = (field: string, code: RuleCode, params: RuleParams = {}): DomainError =>
  validationFailed([ruleError(field, code, params)]);

/** 400 for one field refused with a validation message (VALIDATION_MESSAGES), as the DTOs' decorators do. */
export const invalidField = (field: string, key: ValidationMessageKey, code: string = key): DomainError =>
  validationFailed([{ field, code, message: VALIDATION_MESSAGES[key].th }]);

export const forbidden = (): DomainError =>
  new DomainError(403, ERROR_CODES.forbidden, 'บัญชีของท่านไม่มีสิทธิ์เข้าถึงข้อมูลนี้');

export const staleVersion = (): DomainError =>
  new DomainError(409, ERROR_CODES.staleVersion, 'ข้อมูลนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดข้อมูลใหม่ก่อนแก้ไข');

/**
 * The row a lookup found, or a typed not-found (404, code notFound) when it found none: the one
 * way a service turns a repository's `null` into an error, never a cast that hides it.
 */
export function orNotFound<T>(value: T | null | undefined, error: () => DomainError = () => notFound()): T {
  if (value === null || value === undefined) throw error();
  return value;
}
