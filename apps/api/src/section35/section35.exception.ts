import { ERROR_CODES } from '@elderwork/contracts';
import { DomainError, notFound } from '../common/domain-errors';

export const employerNotFound = (): DomainError => notFound('สถานประกอบการ');
export const placementNotFound = (): DomainError => notFound('ข้อมูลการจ้างงานตามมาตรา 35');

/** A reference in the body to something outside the LAO: 404 like any other, naming the field for the form. */
export const referenceNotFound = (field: 'residentId' | 'employerId'): DomainError => {
  const what = field === 'residentId' ? 'ผู้สูงอายุในทะเบียนของ อปท. นี้' : 'สถานประกอบการของ อปท. นี้';
  return new DomainError(404, ERROR_CODES.notFound, `ไม่พบ${what}`, { errors: [{ field, code: 'notFound', message: `ไม่พบ${what}` }] });
};

export const duplicateRegistrationNumber = (existingId: string, name: string): DomainError =>
  new DomainError(409, ERROR_CODES.duplicateRegistrationNumber, `เลขทะเบียนนิติบุคคลนี้มีอยู่แล้ว: ${name}`, {
    existingId,
    errors: [{ field: 'registrationNumber', code: 'duplicate', message: 'เลขทะเบียนนิติบุคคลนี้ลงทะเบียนไว้แล้ว' }],
  });

export const overlappingPlacement = (existingId: string): DomainError =>
  new DomainError(
    409,
    ERROR_CODES.overlappingPlacement,
    'ผู้สูงอายุรายนี้มีการจ้างงานกับสถานประกอบการเดียวกันในช่วงวันที่ซ้อนทับกันอยู่แล้ว',
    { existingId, errors: [{ field: 'startDate', code: 'overlap', message: 'ช่วงวันที่ซ้อนทับกับการจ้างงานเดิมของสถานประกอบการเดียวกัน' }] },
  );
