import { ERROR_CODES } from '@elderwork/contracts';
import { DomainError, notFound, ruleError } from '../common/domain-errors';

export const employerNotFound = (): DomainError => notFound('สถานประกอบการ');
export const placementNotFound = (): DomainError => notFound('ข้อมูลการจ้างงานตามมาตรา 35');

/** A reference in the body to something outside the LAO: 404 like any other, naming the field for the form. */
export const referenceNotFound = (field: 'residentId' | 'employerId'): DomainError => {
  const error = ruleError(field, field === 'residentId' ? 'residentNotInLao' : 'employerNotInLao');
  return new DomainError(404, ERROR_CODES.notFound, error.message, { errors: [error] });
};

export const duplicateRegistrationNumber = (existingId: string, name: string): DomainError =>
  new DomainError(409, ERROR_CODES.duplicateRegistrationNumber, `เลขทะเบียนนิติบุคคลนี้มีอยู่แล้ว: ${name}`, {
    existingId,
    errors: [ruleError('registrationNumber', 'duplicateRegistrationNumber')],
  });

export const overlappingPlacement = (existingId: string): DomainError =>
  new DomainError(
    409,
    ERROR_CODES.overlappingPlacement,
    'ผู้สูงอายุรายนี้มีการจ้างงานกับสถานประกอบการเดียวกันในช่วงวันที่ซ้อนทับกันอยู่แล้ว',
    { existingId, errors: [ruleError('startDate', 'overlappingPlacement')] },
  );

/**
 * An overlap with the same elder's placement at another employer (decision 0033): refused unless the
 * body marks this one as deliberately concurrent, with a reason. Names the other employer and dates.
 */
export const overlappingPlacementElsewhere = (other: { id: string; employerName: string; startDate: string; endDate: string }): DomainError =>
  new DomainError(
    409,
    ERROR_CODES.overlappingPlacement,
    `ผู้สูงอายุรายนี้มีการจ้างงานกับ ${other.employerName} ในช่วงวันที่ซ้อนทับกันอยู่แล้ว`,
    {
      existingId: other.id,
      errors: [ruleError('startDate', 'overlappingPlacementElsewhere', { employer: other.employerName, start: other.startDate, end: other.endDate })],
    },
  );
