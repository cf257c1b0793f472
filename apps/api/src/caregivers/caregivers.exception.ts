import { CAREGIVER_RULES, ERROR_CODES } from '@elderwork/contracts';
import { formatThaiDate } from '@elderwork/thai';
import { DomainError, notFound, ruleError } from '../common/domain-errors';

export const caregiverNotFound = (): DomainError => notFound('ข้อมูลอาสาสมัครบริบาลท้องถิ่น');
export const assignmentNotFound = (): DomainError => notFound('การดูแลที่ยังไม่สิ้นสุดระหว่างอาสาสมัครและผู้สูงอายุรายนี้');
export const stipendNotFound = (): DomainError => notFound('ข้อมูลค่าตอบแทน');

const REFERENCES = {
  residentId: 'caregiverElderNotFound',
  recipientId: 'caregiverElderNotFound',
  caregiverId: 'caregiverNotFound',
} as const;

/** A reference in the body to something outside the LAO: 404 like any other, naming the field for the form. */
export const referenceNotFound = (field: keyof typeof REFERENCES): DomainError => {
  const error = ruleError(field, REFERENCES[field]);
  return new DomainError(404, ERROR_CODES.notFound, error.message, { errors: [error] });
};

export const overlappingCaregiver = (existingId: string): DomainError =>
  new DomainError(409, ERROR_CODES.overlappingCaregiver, 'ผู้สูงอายุรายนี้ขึ้นทะเบียนเป็นอาสาสมัครบริบาลท้องถิ่นในช่วงวันที่ซ้อนทับกันอยู่แล้ว', {
    existingId,
    errors: [ruleError('startDate', 'caregiverOverlap')],
  });

export const recipientAlreadyAssigned = (existingId: string, caregiverName: string): DomainError =>
  new DomainError(409, ERROR_CODES.recipientAlreadyAssigned, `ผู้สูงอายุรายนี้อยู่ในความดูแลของอาสาสมัคร ${caregiverName} แล้ว ผู้สูงอายุ 1 คนมีอาสาสมัครบริบาลดูแลได้ครั้งละ 1 คน`, {
    existingId,
    errors: [ruleError('recipientId', 'alreadyAssigned', { caregiverName })],
  });

export const tooManyRecipients = (): DomainError =>
  new DomainError(
    409,
    ERROR_CODES.tooManyRecipients,
    `อาสาสมัครบริบาลท้องถิ่น 1 คนดูแลผู้สูงอายุที่มีภาวะพึ่งพิงได้ ${CAREGIVER_RULES.minRecipients}–${CAREGIVER_RULES.maxRecipients} คน ` +
      `(ระเบียบกระทรวงมหาดไทย พ.ศ. 2562) อาสาสมัครรายนี้ดูแลครบ ${CAREGIVER_RULES.maxRecipients} คนแล้ว`,
    { errors: [ruleError('recipientId', 'tooManyRecipients', { max: CAREGIVER_RULES.maxRecipients })] },
  );

/** `paidOn`: the ISO date the stipend was paid. */
export const stipendAlreadyPaid = (paidOn: string): DomainError =>
  new DomainError(409, ERROR_CODES.stipendAlreadyPaid, `ค่าตอบแทนเดือนนี้บันทึกว่าจ่ายแล้วเมื่อวันที่ ${formatThaiDate(paidOn, { style: 'long' })}`, {
    errors: [ruleError('paidOn', 'alreadyPaid', { paidOn })],
  });

/**
 * 409: the month's visit days are below the norm, and the request did not confirm paying in full
 * (`confirmBelowNorm: true`, decision 0039). Nothing is changed.
 */
export const stipendBelowNorm = (days: number, norm: number): DomainError => {
  const error = ruleError('confirmBelowNorm', 'stipendBelowNorm', { days, norm });
  return new DomainError(409, ERROR_CODES.conflict, error.message, { errors: [error] });
};

/** 409: the caregiver's stipend of the visit's month is paid; its visits are what was paid (decision 0060). */
export const visitMonthPaid = (month: string): DomainError => {
  const error = ruleError('visitedOn', 'visitMonthPaid', { month });
  return new DomainError(409, ERROR_CODES.conflict, error.message, { errors: [error] });
};
