import type { CareAssignmentView, CaregiverDetailView, CaregiverView, ResidentView, StipendView } from '@elderwork/contracts';

/** Test data for the caregiver specs (the demo LAO's shapes). */
export const caregiverOf = (over: Partial<CaregiverDetailView> = {}): CaregiverDetailView => ({
  id: 'c9e1a3f2-0000-4000-8000-000000000001',
  resident: { id: 'r-cg', name: 'นางบุญมา ศรีสุข', nationalId: '1234567890121', sex: 'female', age: 63 },
  startDate: '2026-08-01',
  endDate: null,
  trainingHours: 70,
  certifiedOn: '2026-07-15',
  extraCourseHours: 0,
  careManager: 'นางสาวพรทิพย์ ใจงาม',
  monthlyStipend: 5000,
  monthlyStipendIsDefault: true,
  status: 'active',
  activeRecipients: 2,
  belowMinimum: false,
  atMaximum: false,
  version: 1,
  createdAt: '2026-08-01T00:00:00Z',
  updatedAt: '2026-08-01T00:00:00Z',
  recipients: [],
  ...over,
});

export const rosterOf = (over: Partial<CaregiverView>): CaregiverView => caregiverOf(over);

export const assignmentOf = (recipientId: string, name: string, over: Partial<CareAssignmentView> = {}): CareAssignmentView => ({
  id: `a-${recipientId}`,
  caregiverId: 'c9e1a3f2-0000-4000-8000-000000000001',
  recipient: { id: recipientId, name, nationalId: '3100100123453', sex: 'male', age: 82, houseNo: '12', moo: 3, village: null },
  from: '2026-08-01',
  to: null,
  endReason: null,
  current: true,
  latestAdl: { assessedOn: '2026-07-20', total: 9, group: 'homebound', reassessmentDueOn: '2027-04-20' },
  ...over,
});

export const residentOf = (over: Partial<ResidentView>): ResidentView => ({
  id: 'd1e1a3f2-0000-4000-8000-000000000001',
  nationalId: '1234567890121',
  prefix: 'นาย',
  firstName: 'สมชาย',
  lastName: 'มีสุข',
  sex: 'male',
  birthDate: '1944-05-01',
  age: 82,
  houseNo: null,
  moo: 2,
  village: null,
  phone: null,
  disabilityType: null,
  disabilityCardIssuedOn: null,
  disabilityCardExpiresOn: null,
  livingAlone: false,
  caresForDisabledPerson: false,
  legalBasis: 'legal_duty',
  version: 1,
  removedAt: null,
  removalReason: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
});

export const stipendOf = (id: string, name: string, over: Partial<StipendView> = {}): StipendView => ({
  id,
  caregiver: { id: `cg-${id}`, name },
  month: '2026-10',
  monthlyStipend: 5000,
  daysActive: 31,
  daysInMonth: 31,
  amount: 5000,
  paidOn: null,
  createdAt: '2026-10-31T00:00:00Z',
  visits: { days: 20, minutes: 9600, hours: 160 },
  norm: { days: 20, hours: 160 },
  belowNorm: false,
  paidVisits: null,
  ...over,
});
