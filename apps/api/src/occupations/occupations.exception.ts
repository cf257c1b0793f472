import { ERROR_CODES } from '@elderwork/contracts';
import { DomainError, notFound } from '../common/domain-errors';

export const courseNotFound = (): DomainError => notFound('หลักสูตร');
export const sessionNotFound = (): DomainError => notFound('ครั้งที่เรียนของหลักสูตรนี้');
export const enrolmentNotFound = (): DomainError => notFound('ผู้สูงอายุที่ลงทะเบียนในหลักสูตรนี้');
export const wisdomNotFound = (): DomainError => notFound('ข้อมูลคลังปัญญา');
export const productNotFound = (): DomainError => notFound('สินค้า');
export const incomeRecordNotFound = (): DomainError => notFound('รายการรายได้');
export const jobNotFound = (): DomainError => notFound('งาน');
export const jobPlacementNotFound = (): DomainError => notFound('การจัดหางานให้ผู้สูงอายุ');

const WHAT: Record<string, string> = {
  residentId: 'ผู้สูงอายุในทะเบียนของ อปท. นี้',
  residentIds: 'ผู้สูงอายุในทะเบียนของ อปท. นี้',
  makerIds: 'ผู้สูงอายุในทะเบียนของ อปท. นี้',
  courseId: 'หลักสูตรของ อปท. นี้',
  productId: 'สินค้าของ อปท. นี้',
  jobPlacementId: 'การจัดหางานของ อปท. นี้',
};

export const referenceMessage = (field: string): string => `ไม่พบ${WHAT[field] ?? 'ข้อมูลที่อ้างถึง'}`;

/** A reference in the body to something outside the LAO: 404 like any other, naming the field for the form. */
export const referenceNotFound = (field: string): DomainError =>
  new DomainError(404, ERROR_CODES.notFound, referenceMessage(field), { errors: [{ field, code: 'notFound', message: referenceMessage(field) }] });

export const duplicateProductName = (existingId: string): DomainError =>
  new DomainError(409, ERROR_CODES.duplicateProductName, 'มีสินค้าชื่อนี้อยู่แล้ว', {
    existingId,
    errors: [{ field: 'name', code: 'duplicate', message: 'มีสินค้าชื่อนี้ใน อปท. แล้ว' }],
  });

export const duplicateIncomeRecord = (existingId: string): DomainError =>
  new DomainError(409, ERROR_CODES.duplicateIncomeRecord, 'มีรายการรายได้ของผู้สูงอายุรายนี้ เดือนนี้ แหล่งรายได้ สินค้า และช่องทางนี้อยู่แล้ว', {
    existingId,
    errors: [{ field: 'channel', code: 'duplicate', message: 'รายการนี้บันทึกไว้แล้ว แก้ไขยอดได้ในตารางรายได้ประจำเดือน' }],
  });

export const overlappingJobPlacement = (existingId: string): DomainError =>
  new DomainError(409, ERROR_CODES.overlappingPlacement, 'ผู้สูงอายุรายนี้ได้รับการจัดให้ทำงานนี้ในช่วงวันที่ซ้อนทับกันอยู่แล้ว', {
    existingId,
    errors: [{ field: 'from', code: 'overlap', message: 'ช่วงวันที่ซ้อนทับกับการจัดหางานเดิมของงานเดียวกัน' }],
  });

export const jobFull = (slots: number): DomainError =>
  new DomainError(409, ERROR_CODES.jobFull, `งานนี้มีผู้สูงอายุทำครบ ${slots} ตำแหน่งแล้วในช่วงวันที่นี้`, {
    errors: [{ field: 'from', code: 'jobFull', message: `ตำแหน่งงานเต็ม (${slots} ตำแหน่ง) ในช่วงวันที่นี้` }],
  });
