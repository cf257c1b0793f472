import type { RuleParams } from '../rules/bilingual';
import type { AgeBand } from '@elderwork/thai';
import type { Sex } from '../residents';
import type {
  CourseKind, CourseStatus, FollowUpOutcome, IncomeSource, JobField, PhysicalDemand, ProductCategory, SalesChannel, SchoolSubject, WisdomBranch,
} from './occupations';

/** An elder as other records show them. */
export interface ElderRef {
  id: string;
  /** prefix + first name + ' ' + last name. */
  name: string;
}

export interface CourseView {
  id: string;
  kind: CourseKind;
  title: string;
  description: string | null;
  subjects: SchoolSubject[];
  /** Fields of work the course prepares for (the job matcher reads these and the subjects). */
  jobFields: JobField[];
  startDate: string;
  endDate: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** 'HH:MM'. */
  startTime: string;
  hoursPerSession: number;
  partnerOrganisations: string[];
  place: string | null;
  /** attended ÷ held at or above this completes the course (default 0.8). */
  completionThreshold: number;
  /** Sessions not cancelled. */
  sessionsPlanned: number;
  /** Sessions not cancelled and dated today or earlier (Asia/Bangkok). */
  sessionsHeld: number;
  enrolled: number;
  /** Enrolled elders who completed (see EnrolmentView.completed). */
  completed: number;
  /** No session is still to come. */
  ended: boolean;
  /** Not started before its start date (Asia/Bangkok), then running until it has ended (courseStatusOn). */
  status: CourseStatus;
  version: number;
  createdAt: string;
}

export interface CourseSessionView {
  id: string;
  date: string;
  startTime: string;
  hours: number;
  cancelled: boolean;
  /** Not cancelled and dated today or earlier: attendance can be recorded. */
  held: boolean;
  note: string | null;
  /** Elders present (the attendance sheet's ticks). */
  presentResidentIds: string[];
}

export interface EnrolmentView {
  resident: ElderRef & { nationalId: string };
  enrolledAt: string;
  /** Held sessions of the course this elder attended. */
  attended: number;
  /** Held sessions of the course. */
  held: number;
  /** attended ÷ held, 4 decimals; null before the first held session. */
  attendanceRate: number | null;
  /** The course has ended and attended ÷ held ≥ its completion threshold. */
  completed: boolean;
  followUp: FollowUpOutcome | null;
  followUpNote: string | null;
}

export interface CourseDetailView extends CourseView {
  sessions: CourseSessionView[];
  enrolments: EnrolmentView[];
}

export interface WisdomRegistrationView {
  id: string;
  resident: ElderRef;
  branch: WisdomBranch;
  title: string;
  description: string | null;
  yearsOfExperience: number | null;
  willingToTeach: boolean;
  registeredOn: string;
  /** registeredOn + 2 years: the registration is refreshed by then. */
  renewalDueOn: string;
  /** Today (Asia/Bangkok) is renewalDueOn or later. */
  renewalDue: boolean;
  version: number;
  createdAt: string;
}

export interface ProductView {
  id: string;
  name: string;
  category: ProductCategory;
  unit: string | null;
  /** Baht per unit. */
  price: number | null;
  description: string | null;
  /** The course it came from. */
  course: { id: string; title: string } | null;
  makers: ElderRef[];
  version: number;
  createdAt: string;
}

export interface IncomeRecordView {
  id: string;
  resident: ElderRef & { nationalId: string };
  /** 'YYYY-MM' (CE). */
  month: string;
  amount: number;
  source: IncomeSource;
  product: { id: string; name: string } | null;
  channel: SalesChannel;
  jobPlacementId: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/income-records: the records asked for, with their count, persons and sum. */
export interface IncomeRecordList {
  items: IncomeRecordView[];
  total: number;
  persons: number;
  amount: number;
}

/** The month grid after PUT /api/income-records/month/:month. */
export interface IncomeMonthResult extends IncomeRecordList {
  month: string;
  inserted: number;
  updated: number;
  deleted: number;
}

/** One problem of one row of the month grid; row is the 1-based index in `rows`. */
export interface RowError {
  row: number;
  field: string;
  code: string;
  message: string;
  /** Parameters of a RULES code (see FieldError). */
  params?: RuleParams;
}

export interface JobView {
  id: string;
  title: string;
  field: JobField;
  organisation: string;
  place: string | null;
  weekdays: number[];
  startTime: string;
  endTime: string;
  physicalDemand: PhysicalDemand;
  slots: number;
  /** Several elders may share it (Silver-centre "mosaic" work): slots do not limit placements. */
  shareable: boolean;
  description: string | null;
  open: boolean;
  /** Placements active today. */
  activePlacements: number;
  version: number;
  createdAt: string;
}

export interface JobPlacementView {
  id: string;
  jobId: string;
  resident: ElderRef;
  from: string;
  /** Inclusive; null while open-ended. */
  to: string | null;
  note: string | null;
  /** from ≤ today and (to is null or to ≥ today). */
  active: boolean;
  /** Income records linked to this placement, baht. */
  income: number;
  createdAt: string;
}

export interface JobDetailView extends JobView {
  placements: JobPlacementView[];
}

/**
 * Why an elder fits a job (or less well): skills of the job's field, physical fit (ADL and age),
 * schedule (engaged elsewhere on the job's days) and location. See job-matcher.ts for the points.
 */
export type MatchReasonCode =
  | 'wisdom_branch'
  | 'completed_course'
  | 'adl_fits'
  | 'adl_unknown'
  | 'engaged_job'
  | 'engaged_section35'
  | 'engaged_caregiver'
  | 'same_village';

export interface MatchReason {
  code: MatchReasonCode;
  /** Thai, for the job board. */
  text: string;
  /** The same reason in English. */
  en: string;
  /** What it added to (or took from) the score. */
  points: number;
}

export interface JobMatchView {
  residentId: string;
  name: string;
  age: number;
  sex: Sex;
  score: number;
  reasons: MatchReason[];
}

export interface IncomeGroup {
  /** Distinct elders with income. */
  persons: number;
  records: number;
  amount: number;
}

export interface TrainingGroup {
  courses: number;
  sessionsHeld: number;
  /** Hours of the sessions held (course hours). */
  trainingHours: number;
  /** Distinct elders who attended a held session. */
  personsTrained: number;
  /** Σ over attendances of the session's hours. */
  personHours: number;
  /** Completions of courses that ended in the period. */
  graduates: number;
}

export interface OccupationsSummary {
  year: number;
  yearType: 'fiscal' | 'calendar';
  period: { start: string; end: string };
  income: IncomeGroup & {
    /** amount ÷ persons, baht. */
    averagePerPerson: number;
    byChannel: (IncomeGroup & { channel: SalesChannel })[];
    bySource: (IncomeGroup & { source: IncomeSource })[];
    byProduct: (IncomeGroup & { productId: string; name: string })[];
    bySex: (IncomeGroup & { sex: Sex })[];
    /** Age at the period's start; `under-60` for an elder registered before turning 60. */
    byAgeBand: (IncomeGroup & { ageBand: AgeBand | 'under-60' })[];
    /** Every month of the period, in order, zeros included. */
    byMonth: (IncomeGroup & { month: string })[];
  };
  training: TrainingGroup & { byKind: (TrainingGroup & { kind: CourseKind })[] };
  wisdom: {
    /** Registrations on the register at the period's end (registered on or before it). */
    registrations: number;
    persons: number;
    /** Registered (or renewed) inside the period. */
    registeredInPeriod: number;
    byBranch: { branch: WisdomBranch; registrations: number; persons: number }[];
  };
  jobs: {
    /** Placements with at least one day inside the period. */
    placements: number;
    persons: number;
    /** Income records of the period linked to job placements. */
    income: number;
    byField: { field: JobField; placements: number; persons: number; income: number }[];
  };
}
