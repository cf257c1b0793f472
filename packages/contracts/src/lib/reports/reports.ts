import { DISABILITY_TYPES, DISABILITY_TYPE_LABELS } from '../residents';

/** The three employment models of the yearly report. */
export const MODELS = ['section35', 'caregiver', 'occupation'] as const;
export type Model = (typeof MODELS)[number];
export const MODEL_LABELS: Record<Model, { th: string; en: string }> = {
  section35: { th: 'การจ้างงานคนพิการตามมาตรา 35', en: 'Section 35 disability employment' },
  caregiver: { th: 'อาสาสมัครบริบาลท้องถิ่น', en: 'Local caregiver volunteers' },
  occupation: { th: 'อาชีพอิสระ', en: 'Independent occupations' },
};

/**
 * draft → submitted (figures stored as a snapshot, decision 0019) → approved (that snapshot signed)
 * → reopened (with a reason) → submitted …; submitted → returned (the admin sends it back, with a
 * reason) or withdrawn (staff take it back) → submitted again.
 */
export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'reopened', 'returned', 'withdrawn'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, { th: string; en: string }> = {
  draft: { th: 'ร่าง', en: 'Draft' },
  submitted: { th: 'เสนอแล้ว รออนุมัติ', en: 'Submitted' },
  approved: { th: 'อนุมัติแล้ว', en: 'Approved' },
  reopened: { th: 'เปิดแก้ไขใหม่', en: 'Reopened' },
  returned: { th: 'ส่งกลับให้แก้ไข', en: 'Returned for changes' },
  withdrawn: { th: 'ถอนการเสนอแล้ว', en: 'Withdrawn' },
};
/** Statuses from which the report may be submitted (again). */
export const SUBMITTABLE_STATUSES: readonly ReportStatus[] = ['draft', 'reopened', 'returned', 'withdrawn'];

/** Versions of the report: today's figures, the stored snapshot of the last submission, the approved (signed) one. */
export const REPORT_VERSIONS = ['live', 'submitted', 'approved'] as const;
export type ReportVersion = (typeof REPORT_VERSIONS)[number];

export const STATISTICS_GROUPS = ['lao', 'laoType', 'province', 'nation'] as const;
export type StatisticsGroup = (typeof STATISTICS_GROUPS)[number];

/** Persons and income of one cell of the report. */
export interface Figures {
  persons: number;
  income: number;
  averagePerPerson: number;
}

export interface ModelReport extends Figures {
  model: Model;
  byMonth: (Figures & { month: string })[];
  bySex: (Figures & { sex: string })[];
  byAgeBand: (Figures & { ageBand: string })[];
  byDisabilityType: (Figures & { disabilityType: string })[];
  /** The model's own figures (Section 35 summary, caregivers summary, occupations summary). */
  details: unknown;
}

export const REPORT_STEP_ACTIONS = ['submit', 'approve', 'reopen', 'return', 'withdraw'] as const;
export type ReportStepAction = (typeof REPORT_STEP_ACTIONS)[number];

export interface ReportStep {
  action: ReportStepAction;
  at: string;
  by: { id: string; email: string; displayName: string };
  /** The note of a submission or approval, the reason of a return or reopening. */
  reason: string | null;
}

/** One line of the comparison of the submitted snapshot with today's data (persons and income, submitted → now). */
export interface SubmissionChange {
  model: Model | 'total';
  submitted: { persons: number; income: number };
  now: { persons: number; income: number };
  changed: boolean;
}

export interface YearlyReport {
  lao: { id: string; code: string; name: string };
  year: number;
  yearType: 'fiscal' | 'calendar';
  period: { start: string; end: string };
  version: ReportVersion;
  status: ReportStatus;
  /** When `version=submitted` or `approved`: when the snapshot was taken (submitted). */
  submittedAt?: string | null;
  /** When `version=approved`: when the snapshot was signed. */
  approvedAt: string | null;
  /** When `version=submitted`: per model and in total, the submitted figures beside today's. */
  changesSinceSubmission?: SubmissionChange[];
  /** Over all models; a person engaged in two models counts once. */
  total: Figures & { byMonth: (Figures & { month: string })[] };
  models: ModelReport[];
  steps: ReportStep[];
}

export interface StatisticsCell {
  /** null when suppressed (fewer than 5 persons, or complementary suppression). */
  persons: number | null;
  income: number | null;
  suppressed: boolean;
}

export interface StatisticsRow {
  key: string;
  label: string;
  /** Per model and `total` (a person in two models counts once); only the asked model when `model=` is given. */
  models: Partial<Record<Model | 'total', StatisticsCell>>;
}

export interface Statistics {
  year: number;
  yearType: 'fiscal' | 'calendar';
  groupBy: StatisticsGroup;
  model: Model | null;
  rows: StatisticsRow[];
  total: StatisticsRow;
  coverage: { laosInScope: number; laosApproved: number };
  /** The threshold below which counts are suppressed. */
  minimumCell: number;
}

/** Age bands of the report's breakdowns: the allowance bands, and `under-60` for an elder registered before turning 60. */
export const REPORT_AGE_BANDS = ['under-60', '60-69', '70-79', '80-89', '90+'] as const;
export type ReportAgeBand = (typeof REPORT_AGE_BANDS)[number];
export const REPORT_AGE_BAND_LABELS: Record<ReportAgeBand, { th: string; en: string }> = {
  'under-60': { th: 'ต่ำกว่า 60 ปี', en: 'Under 60' },
  '60-69': { th: '60–69 ปี', en: '60–69' },
  '70-79': { th: '70–79 ปี', en: '70–79' },
  '80-89': { th: '80–89 ปี', en: '80–89' },
  '90+': { th: '90 ปีขึ้นไป', en: '90 and over' },
};

/** Disability types of the report's breakdowns: the registry's, and `none` for an elder without a disability. */
export const REPORT_DISABILITY_TYPES = [...DISABILITY_TYPES, 'none'] as const;
export type ReportDisabilityType = (typeof REPORT_DISABILITY_TYPES)[number];
export const REPORT_DISABILITY_TYPE_LABELS: Record<ReportDisabilityType, { th: string; en: string }> = {
  ...DISABILITY_TYPE_LABELS,
  none: { th: 'ไม่มีความพิการ', en: 'No disability' },
};

/** Where a ledger row of the report comes from. */
export const LEDGER_SOURCES = ['placement', 'stipend', 'income_record'] as const;
export type LedgerSource = (typeof LEDGER_SOURCES)[number];
export const LEDGER_SOURCE_LABELS: Record<LedgerSource, { th: string; en: string }> = {
  placement: { th: 'ข้อตกลงตามมาตรา 35', en: 'Section 35 placement' },
  stipend: { th: 'ค่าตอบแทนอาสาสมัครบริบาล', en: 'Caregiver stipend' },
  income_record: { th: 'บันทึกรายได้อาชีพ', en: 'Occupation income record' },
};

/** Actions of the approval steps. */
export const REPORT_STEP_LABELS: Record<ReportStepAction, { th: string; en: string }> = {
  submit: { th: 'เสนอรายงาน', en: 'Submitted' },
  approve: { th: 'อนุมัติรายงาน', en: 'Approved' },
  reopen: { th: 'เปิดแก้ไขใหม่', en: 'Reopened' },
  return: { th: 'ส่งกลับให้แก้ไข', en: 'Returned' },
  withdraw: { th: 'ถอนการเสนอ', en: 'Withdrawn' },
};

/** Layouts of the CSV exports: `thai` for people (the default), `codes` for systems that read them. */
export const EXPORT_LAYOUTS = ['thai', 'codes'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

/** Messages of the report workflow (the API sends the Thai; the web translates by code). */
export const REPORT_MESSAGES = {
  periodOpen: {
    th: (lastDay: string) => `ยังเสนอรายงานนี้ไม่ได้ ช่วงเวลาของรายงานสิ้นสุดวันที่ ${lastDay} จึงเสนอได้ตั้งแต่วันถัดไป`,
    en: (lastDay: string) => `This report can be submitted only after its period ends on ${lastDay}`,
  },
  ownSubmission: {
    th: 'ผู้เสนอรายงานไม่สามารถอนุมัติรายงานของตนเองได้ ต้องให้ผู้บริหารอีกท่านอนุมัติ',
    en: 'The person who submitted the report cannot approve it; another administrator must',
  },
  noSubmitted: { th: 'รายงานฉบับที่เสนอของปีนี้', en: 'the submitted version of this year' },
} as const;
