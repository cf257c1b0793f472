import { CAREGIVER_RULES, ERROR_CODES } from '@elderwork/contracts';
import { DomainError, notFound } from '../common/domain-errors';

export const caregiverNotFound = (): DomainError => notFound('ข้อมูลอาสาสมัครบริบาลท้องถิ่น');
export const assignmentNotFound = (): DomainError => notFound('การดูแลที่ยังไม่สิ้นสุดระหว่างอาสาสมัครและผู้สูงอายุรายนี้');
export const stipendNotFound = (): DomainError => notFound('ข้อมูลค่าตอบแทน');

const REFERENCES = {
  residentId: 'ผู้สูงอายุในทะเบียนของ อปท. นี้',
  recipientId: 'ผู้สูงอายุในทะเบียนของ อปท. นี้',
  caregiverId: 'อาสาสมัครบริบาลท้องถิ่นของ อปท. นี้',
} as const;

/** A reference in the body to something outside the LAO: 404 like any other, naming the field for the form. */
export const referenceNotFound = (field: keyof typeof REFERENCES): DomainError =>
  new DomainError(404, ERROR_CODES.notFound, `ไม่พบ${REFERENCES[field]}`, { errors: [{ field, code: 'notFound', message: `ไม่พบ${REFERENCES[field]}` }] });

export const overlappingCaregiver = (existingId: string): DomainError =>
  new DomainError(409, ERROR_CODES.overlappingCaregiver, 'ผู้สูงอายุรายนี้ขึ้นทะเบียนเป็นอาสาสมัครบริบาลท้องถิ่นในช่วงวันที่ซ้อนทับกันอยู่แล้ว', {
    existingId,
    errors: [{ field: 'startDate', code: 'overlap', message: 'ช่วงวันที่ซ้อนทับกับการปฏิบัติงานเดิมของผู้สูงอายุรายนี้' }],
  });

export const recipientAlreadyAssigned = (existingId: string, caregiverName: string): DomainError =>
  new DomainError(409, ERROR_CODES.recipientAlreadyAssigned, `ผู้สูงอายุรายนี้อยู่ในความดูแลของอาสาสมัคร ${caregiverName} แล้ว ผู้สูงอายุ 1 คนมีอาสาสมัครบริบาลดูแลได้ครั้งละ 1 คน`, {
    existingId,
    errors: [{ field: 'recipientId', code: 'alreadyAssigned', message: `อยู่ในความดูแลของ ${caregiverName} แล้ว` }],
  });

export const tooManyRecipients = (): DomainError =>
  new DomainError(
    409,
    ERROR_CODES.tooManyRecipients,
    `อาสาสมัครบริบาลท้องถิ่น 1 คนดูแลผู้สูงอายุที่มีภาวะพึ่งพิงได้ ${CAREGIVER_RULES.minRecipients}–${CAREGIVER_RULES.maxRecipients} คน ` +
      `(ระเบียบกระทรวงมหาดไทย พ.ศ. 2562) อาสาสมัครรายนี้ดูแลครบ ${CAREGIVER_RULES.maxRecipients} คนแล้ว`,
    { errors: [{ field: 'recipientId', code: 'tooManyRecipients', message: `ดูแลได้ไม่เกิน ${CAREGIVER_RULES.maxRecipients} คนพร้อมกัน` }] },
  );

export const stipendAlreadyPaid = (paidOn: string): DomainError =>
  new DomainError(409, ERROR_CODES.stipendAlreadyPaid, `ค่าตอบแทนเดือนนี้บันทึกว่าจ่ายแล้วเมื่อวันที่ ${paidOn}`, {
    errors: [{ field: 'paidOn', code: 'alreadyPaid', message: `จ่ายแล้วเมื่อวันที่ ${paidOn}` }],
  });
