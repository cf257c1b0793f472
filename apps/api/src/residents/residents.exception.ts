import { ERROR_CODES } from '@elderwork/contracts';
import { DomainError, notFound, ruleError } from '../common/domain-errors';
import type { ResidentRow } from './resident-view';

export const residentNotFound = (): DomainError => notFound('ข้อมูลผู้สูงอายุ');

/** 409: restoring a record that is in the registry. */
export const notRemoved = (): DomainError => new DomainError(409, ERROR_CODES.conflict, 'ระเบียนนี้อยู่ในทะเบียนอยู่แล้ว ไม่ต้องกู้คืน');

/** 409 naming the record that already has this national ID. */
export const duplicateNationalId = (existing: Pick<ResidentRow, 'id' | 'prefix' | 'firstName' | 'lastName'>): DomainError =>
  new DomainError(
    409,
    ERROR_CODES.duplicateNationalId,
    `เลขประจำตัวประชาชนนี้ลงทะเบียนแล้ว: ${existing.prefix}${existing.firstName} ${existing.lastName}`,
    {
      existingId: existing.id,
      errors: [ruleError('nationalId', 'duplicateNationalId')],
    },
  );
