/** Stable error codes the API returns; clients match on these, not on messages. */
export const ERROR_CODES = {
  validationFailed: 'VALIDATION_FAILED',
  notFound: 'NOT_FOUND',
  duplicateNationalId: 'DUPLICATE_NATIONAL_ID',
  duplicateEmail: 'DUPLICATE_EMAIL',
  staleVersion: 'STALE_VERSION',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  tooManyAttempts: 'TOO_MANY_ATTEMPTS',
  badFile: 'BAD_FILE',
  reportState: 'REPORT_STATE',
  duplicateRegistrationNumber: 'DUPLICATE_REGISTRATION_NUMBER',
  overlappingPlacement: 'OVERLAPPING_PLACEMENT',
  tooManyRecipients: 'TOO_MANY_RECIPIENTS',
  recipientAlreadyAssigned: 'RECIPIENT_ALREADY_ASSIGNED',
  overlappingCaregiver: 'OVERLAPPING_CAREGIVER',
  stipendAlreadyPaid: 'STIPEND_ALREADY_PAID',
  duplicateIncomeRecord: 'DUPLICATE_INCOME_RECORD',
  duplicateProductName: 'DUPLICATE_PRODUCT_NAME',
  jobFull: 'JOB_FULL',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];
