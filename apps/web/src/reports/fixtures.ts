import type { Figures, ModelReport, Section35Summary, YearlyReport } from '@elderwork/contracts';
import type { ReportRecord } from '../api/endpoints';

/** Test data for the report specs. Calendar 2568: 13 elders × 330 baht × the counted days of each month (365 in the year). */
export const MONTHS = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ELDERS = Array.from({ length: 13 }, (_, i) => ({
  residentId: `r-${i + 1}`,
  name: `นายทดสอบ คนที่${i + 1}`,
  // The API masks national IDs in the records (decision 0021).
  nationalId: '1-2345-xxxxx-xx-1',
}));

export const figures = (persons: number, income: number): Figures => ({
  persons,
  income,
  averagePerPerson: persons ? Math.round((income * 100) / persons) / 100 : 0,
});

/** The ledger rows of Section 35, as the drill-down endpoint returns them. */
export function section35Records(month?: string): ReportRecord[] {
  return ELDERS.flatMap((e) =>
    MONTHS.map((m, i) => ({ ...e, model: 'section35' as const, month: m, income: 330 * DAYS[i], sourceType: 'placement', sourceId: `p-${e.residentId}` })),
  ).filter((r) => !month || r.month === month);
}

const details: Section35Summary = {
  year: 2568,
  yearType: 'calendar',
  period: { start: '2025-01-01', end: '2025-12-31' },
  persons: 13,
  placements: 13,
  value: 1565850,
  paid: 1200000,
  byModality: [{ modality: 'other_assistance', persons: 13, placements: 13, value: 1565850, paid: 1200000 }],
  byEmployer: [{ employerId: 'e-1', name: 'บริษัท ระยองการช่าง จำกัด', persons: 13, placements: 13, value: 1565850, paid: 1200000 }],
  bySex: [],
  byAgeBand: [],
  byDisabilityType: [],
};

const section35: ModelReport = {
  model: 'section35',
  ...figures(13, 1565850),
  byMonth: MONTHS.map((month, i) => ({ month, ...figures(13, 13 * 330 * DAYS[i]) })),
  bySex: [
    { sex: 'female', ...figures(7, 7 * 120450) },
    { sex: 'male', ...figures(6, 6 * 120450) },
  ],
  byAgeBand: [{ ageBand: '70-79', ...figures(13, 1565850) }],
  byDisabilityType: [{ disabilityType: 'visual', ...figures(13, 1565850) }],
  details,
};

const caregiver: ModelReport = {
  model: 'caregiver',
  ...figures(2, 120000),
  byMonth: MONTHS.map((month) => ({ month, ...figures(2, 10000) })),
  bySex: [{ sex: 'female', ...figures(2, 120000) }],
  byAgeBand: [{ ageBand: '60-69', ...figures(2, 120000) }],
  byDisabilityType: [{ disabilityType: 'none', ...figures(2, 120000) }],
  details: { caregivers: 2, stipends: 120000, stipendsPaid: 110000, recipientsByGroup: [{ group: 'bedbound', recipients: 3 }] },
};

const occupation: ModelReport = {
  model: 'occupation',
  ...figures(0, 0),
  byMonth: MONTHS.map((month) => ({ month, ...figures(0, 0) })),
  bySex: [],
  byAgeBand: [],
  byDisabilityType: [],
  details: null,
};

export const report: YearlyReport = {
  lao: { id: 'ou-1', code: '5210104', name: 'เทศบาลตำบลแกลง-กะเฉด' },
  year: 2568,
  yearType: 'calendar',
  period: { start: '2025-01-01', end: '2025-12-31' },
  version: 'live',
  status: 'draft',
  approvedAt: null,
  total: { ...figures(15, 1685850), byMonth: MONTHS.map((month, i) => ({ month, ...figures(15, 13 * 330 * DAYS[i] + 10000) })) },
  models: [section35, caregiver, occupation],
  steps: [],
};

export const submitStep: YearlyReport['steps'][number] = {
  action: 'submit',
  at: '2026-01-05T03:30:00Z',
  by: { id: 'u-staff', email: 'staff@khlaengkachet.demo', displayName: 'สมศรี ใจดี' },
  reason: null,
};
