export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Record<Sex, { th: string; en: string }> = {
  male: { th: 'ชาย', en: 'Male' },
  female: { th: 'หญิง', en: 'Female' },
};

/** Disability types (MSDHS 2555) plus `multiple` used in reports. */
export const DISABILITY_TYPES = [
  'visual',
  'hearing',
  'physical',
  'mental',
  'intellectual',
  'learning',
  'autism',
  'multiple',
] as const;
export type DisabilityType = (typeof DISABILITY_TYPES)[number];
export const DISABILITY_TYPE_LABELS: Record<DisabilityType, { th: string; en: string }> = {
  visual: { th: 'การเห็น', en: 'Visual' },
  hearing: { th: 'การได้ยินหรือสื่อความหมาย', en: 'Hearing or communication' },
  physical: { th: 'การเคลื่อนไหวหรือร่างกาย', en: 'Physical or movement' },
  mental: { th: 'จิตใจหรือพฤติกรรม', en: 'Mental or behavioural' },
  intellectual: { th: 'สติปัญญา', en: 'Intellectual' },
  learning: { th: 'การเรียนรู้', en: 'Learning' },
  autism: { th: 'ออทิสติก', en: 'Autism' },
  multiple: { th: 'ซ้ำซ้อน', en: 'Multiple' },
};

/** PDPA basis on which the LAO processes the person's (sensitive) data. */
export const LEGAL_BASES = ['legal_duty', 'public_task', 'vital_interest', 'consent'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
export const LEGAL_BASIS_LABELS: Record<LegalBasis, { th: string; en: string }> = {
  legal_duty: { th: 'ปฏิบัติตามกฎหมาย (การคุ้มครองทางสังคม)', en: 'Legal duty (social protection)' },
  public_task: { th: 'ภารกิจเพื่อประโยชน์สาธารณะ', en: 'Public task' },
  vital_interest: { th: 'ป้องกันอันตรายต่อชีวิต', en: 'Vital interest' },
  consent: { th: 'ความยินยอมโดยชัดแจ้ง', en: 'Explicit consent' },
};

/** Why a record left the current registry (it stays for past reports). */
export const REMOVAL_REASONS = ['moved', 'deceased', 'other'] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];
export const REMOVAL_REASON_LABELS: Record<RemovalReason, { th: string; en: string }> = {
  moved: { th: 'ย้ายออก', en: 'Moved away' },
  deceased: { th: 'เสียชีวิต', en: 'Deceased' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

export const PREFIXES = ['นาย', 'นาง', 'นางสาว'] as const;

/** Columns of the registry import template, in order; named like the JSON fields. */
export const RESIDENT_IMPORT_COLUMNS = [
  'nationalId',
  'prefix',
  'firstName',
  'lastName',
  'sex',
  'birthDate',
  'houseNo',
  'moo',
  'village',
  'phone',
  'disabilityType',
  'disabilityCardIssuedOn',
  'livingAlone',
  'caresForDisabledPerson',
  'legalBasis',
] as const;
export type ResidentImportColumn = (typeof RESIDENT_IMPORT_COLUMNS)[number];
