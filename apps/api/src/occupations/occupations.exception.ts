import { ERROR_CODES, type FieldError, type RuleCode } from '@elderwork/contracts';
import { DomainError, notFound, ruleError } from '../common/domain-errors';

export const courseNotFound = (): DomainError => notFound('หลักสูตร');
export const sessionNotFound = (): DomainError => notFound('ครั้งที่เรียนของหลักสูตรนี้');
export const enrolmentNotFound = (): DomainError => notFound('ผู้สูงอายุที่ลงทะเบียนในหลักสูตรนี้');
export const wisdomNotFound = (): DomainError => notFound('ข้อมูลคลังปัญญา');
export const productNotFound = (): DomainError => notFound('สินค้า');
export const incomeRecordNotFound = (): DomainError => notFound('รายการรายได้');
export const jobNotFound = (): DomainError => notFound('งาน');
export const jobPlacementNotFound = (): DomainError => notFound('การจัดหางานให้ผู้สูงอายุ');

/** The rule a reference outside the LAO breaks, by the field that holds it. */
const REFERENCE_CODES: Record<string, RuleCode> = {
  residentId: 'elderNotInLao',
  residentIds: 'elderNotInLao',
  makerIds: 'elderNotInLao',
  courseId: 'courseNotInLao',
  productId: 'productNotInLao',
  jobPlacementId: 'jobPlacementNotInLao',
};

const REFERENCE_CODE_SET: ReadonlySet<string> = new Set([...Object.values(REFERENCE_CODES), 'referenceNotInLao']);

/** The field error of a reference outside the LAO (a row error spreads it). */
export const referenceError = (field: string): FieldError => ruleError(field, REFERENCE_CODES[field] ?? 'referenceNotInLao');

/** Whether a field error is a reference outside the LAO (the 404s). */
export const isReferenceError = (code: string): boolean => REFERENCE_CODE_SET.has(code);

/** A reference in the body to something outside the LAO: 404 like any other, naming the field for the form. */
export const referenceNotFound = (field: string): DomainError => {
  const error = referenceError(field);
  return new DomainError(404, ERROR_CODES.notFound, error.message, { errors: [error] });
};

export const duplicateProductName = (existingId: string): DomainError =>
  new DomainError(409, ERROR_CODES.duplicateProductName, 'มีสินค้าชื่อนี้อยู่แล้ว', {
    existingId,
    errors: [ruleError('name', 'duplicateProductName')],
  });

export const duplicateIncomeRecord = (existingId: string): DomainError =>
  new DomainError(409, ERROR_CODES.duplicateIncomeRecord, 'มีรายการรายได้ของผู้สูงอายุรายนี้ เดือนนี้ แหล่งรายได้ สินค้า และช่องทางนี้อยู่แล้ว', {
    existingId,
    errors: [ruleError('channel', 'duplicateIncomeRecord')],
  });

export const overlappingJobPlacement = (existingId: string): DomainError =>
  new DomainError(409, ERROR_CODES.overlappingPlacement, 'ผู้สูงอายุรายนี้ได้รับการจัดให้ทำงานนี้ในช่วงวันที่ซ้อนทับกันอยู่แล้ว', {
    existingId,
    errors: [ruleError('from', 'jobPlacementOverlap')],
  });

export const jobFull = (slots: number): DomainError =>
  new DomainError(409, ERROR_CODES.jobFull, `งานนี้มีผู้สูงอายุทำครบ ${slots} ตำแหน่งแล้วในช่วงวันที่นี้`, {
    errors: [ruleError('from', 'jobFull', { slots })],
  });
