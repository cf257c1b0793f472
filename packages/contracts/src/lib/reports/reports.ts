/** The three employment models of the yearly report. */
export const MODELS = ['section35', 'caregiver', 'occupation'] as const;
export type Model = (typeof MODELS)[number];
export const MODEL_LABELS: Record<Model, { th: string; en: string }> = {
  section35: { th: 'การจ้างงานคนพิการตามมาตรา 35', en: 'Section 35 disability employment' },
  caregiver: { th: 'อาสาสมัครบริบาลท้องถิ่น', en: 'Local caregiver volunteers' },
  occupation: { th: 'อาชีพอิสระ', en: 'Independent occupations' },
};

/** draft → submitted → approved (figures frozen) → reopened (with a reason) → submitted … */
export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'reopened'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, { th: string; en: string }> = {
  draft: { th: 'ร่าง', en: 'Draft' },
  submitted: { th: 'เสนอแล้ว รออนุมัติ', en: 'Submitted' },
  approved: { th: 'อนุมัติแล้ว', en: 'Approved' },
  reopened: { th: 'เปิดแก้ไขใหม่', en: 'Reopened' },
};

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

export interface ReportStep {
  action: 'submit' | 'approve' | 'reopen';
  at: string;
  by: { id: string; email: string; displayName: string };
  reason: string | null;
}

export interface YearlyReport {
  lao: { id: string; code: string; name: string };
  year: number;
  yearType: 'fiscal' | 'calendar';
  period: { start: string; end: string };
  version: 'live' | 'approved';
  status: ReportStatus;
  /** When `version=approved`: when the figures were frozen. */
  approvedAt: string | null;
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
