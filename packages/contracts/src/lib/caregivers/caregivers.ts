import type { Sex } from '../residents';
import { ADL_DEPENDENT_MAX, type AdlGroup, type LatestAdl } from './adl';

interface Label {
  th: string;
  en: string;
}

/**
 * Local caregiver volunteers (อาสาสมัครบริบาลท้องถิ่น), Ministry of Interior regulation B.E. 2562:
 * the figures the rules are built on.
 */
export const CAREGIVER_RULES = {
  /** The prerequisite caregiver course (หลักสูตรผู้ช่วยเหลือดูแลผู้สูงอายุที่มีภาวะพึ่งพิง 70 ชั่วโมง). */
  prerequisiteHours: 70,
  /** The extra course that raises the stipend. */
  extraCourseHours: 50,
  /** Baht a month. */
  stipend: 5000,
  stipendWithExtraCourse: 6000,
  /** Dependent elders per volunteer at once. */
  minRecipients: 2,
  maxRecipients: 4,
  /** The working norm: about 8 hours a day, 20 days a month. */
  normDaysPerMonth: 20,
  normHoursPerDay: 8,
  /** Longest single visit that can be logged, in minutes (12 hours). */
  maxVisitMinutes: 720,
} as const;

/** Derived, never stored: `ended` after endDate, else `active` once 70 course hours are recorded, else `in_training`. */
export const CAREGIVER_STATUSES = ['in_training', 'active', 'ended'] as const;
export type CaregiverStatus = (typeof CAREGIVER_STATUSES)[number];

export const CAREGIVER_STATUS_LABELS: Record<CaregiverStatus, Label> = {
  in_training: { th: 'อยู่ระหว่างอบรม', en: 'In training' },
  active: { th: 'ปฏิบัติงาน', en: 'Active' },
  ended: { th: 'สิ้นสุดการปฏิบัติงาน', en: 'Ended' },
};

/** What a caregiver did on a visit, following the elder's care plan. */
export const VISIT_ACTIVITIES = [
  'personal_hygiene',
  'feeding',
  'medication',
  'mobility_exercise',
  'vital_signs',
  'home_environment',
  'companionship',
  'referral',
] as const;
export type VisitActivity = (typeof VISIT_ACTIVITIES)[number];

export const VISIT_ACTIVITY_LABELS: Record<VisitActivity, Label> = {
  personal_hygiene: { th: 'ดูแลสุขอนามัยส่วนบุคคล (อาบน้ำ เช็ดตัว ขับถ่าย)', en: 'Personal hygiene' },
  feeding: { th: 'ดูแลการรับประทานอาหาร', en: 'Feeding' },
  medication: { th: 'ดูแลการใช้ยา', en: 'Medication' },
  mobility_exercise: { th: 'ฟื้นฟูการเคลื่อนไหวและออกกำลังกาย', en: 'Mobility and exercise' },
  vital_signs: { th: 'วัดสัญญาณชีพ (ความดัน ชีพจร อุณหภูมิ)', en: 'Vital signs' },
  home_environment: { th: 'จัดสภาพแวดล้อมในบ้านให้ปลอดภัย', en: 'Home environment' },
  companionship: { th: 'เยี่ยมเยียน พูดคุย ดูแลด้านจิตใจ', en: 'Companionship' },
  referral: { th: 'ประสานส่งต่อหน่วยบริการ', en: 'Referral' },
};

/** 5,000 baht a month; 6,000 once the extra 50-hour course is recorded. */
export function defaultMonthlyStipend(extraCourseHours: number): number {
  return extraCourseHours >= CAREGIVER_RULES.extraCourseHours ? CAREGIVER_RULES.stipendWithExtraCourse : CAREGIVER_RULES.stipend;
}

/**
 * A month's stipend for the days active in it, in satang, rounded half up to the satang:
 * monthly × days / daysInMonth. The API computes the same in PostgreSQL NUMERIC.
 */
export function proratedStipendSatang(monthlySatang: number, daysActive: number, daysInMonth: number): number {
  // Integer arithmetic: floor((2·m·d + n) / 2n) is m·d/n rounded half up.
  return Math.floor((2 * monthlySatang * daysActive + daysInMonth) / (2 * daysInMonth));
}

/** Visit days expected in a month of which the caregiver was active `daysActive` days: 20 for a whole month. */
export function expectedVisitDays(daysActive: number, daysInMonth: number): number {
  return Math.round((CAREGIVER_RULES.normDaysPerMonth * daysActive) / daysInMonth);
}

export interface PersonRef {
  id: string;
  /** Prefix, first and last name. */
  name: string;
}

export interface CaregiverView {
  id: string;
  /** The elder employed as caregiver (an elder of the same LAO). */
  resident: PersonRef & { nationalId: string; sex: Sex; age: number };
  startDate: string;
  /** Inclusive last day, or null. */
  endDate: string | null;
  trainingHours: number;
  certifiedOn: string | null;
  extraCourseHours: number;
  careManager: string;
  /** Baht a month: the recorded amount, or the default (5,000 / 6,000). */
  monthlyStipend: number;
  monthlyStipendIsDefault: boolean;
  /** As of today (Asia/Bangkok). */
  status: CaregiverStatus;
  /** Recipients with a current assignment today. */
  activeRecipients: number;
  /** Active with fewer than 2 recipients (the 2–4 rule). */
  belowMinimum: boolean;
  /** 4 recipients: no more can be assigned. */
  atMaximum: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CareAssignmentView {
  id: string;
  caregiverId: string;
  recipient: PersonRef & { nationalId: string; sex: Sex; age: number; houseNo: string | null; moo: number | null; village: string | null };
  from: string;
  /** Inclusive last day, or null while open. */
  to: string | null;
  endReason: string | null;
  /** Current today. */
  current: boolean;
  latestAdl: LatestAdl | null;
}

/**
 * An assignment not yet ended whose elder's latest ADL is above the dependent range (> 11, ติดสังคม):
 * care under the scheme is for dependent elders, so staff must decide whether it ends (decision 0034).
 * Flagged, never ended by the system: the assignment stays as it is until staff end it. The API's
 * follow-up list applies the same rule in SQL.
 */
export function isNoLongerDependent(a: Pick<CareAssignmentView, 'to' | 'latestAdl'>): boolean {
  return a.to === null && a.latestAdl !== null && a.latestAdl.total > ADL_DEPENDENT_MAX;
}

export interface CaregiverDetailView extends CaregiverView {
  /** Every assignment, current ones first. */
  recipients: CareAssignmentView[];
}

export interface CareVisitView {
  id: string;
  caregiver: PersonRef;
  recipient: PersonRef;
  assignmentId: string;
  visitedOn: string;
  minutes: number;
  activities: VisitActivity[];
  note: string | null;
  createdAt: string;
  /** For PATCH and DELETE (optimistic). */
  version: number;
  /** When it was last corrected, or null. */
  updatedAt: string | null;
}

/** GET /api/caregivers/:id/months/:month — a caregiver's month against the 20-day / 8-hour norm. */
export interface CaregiverMonthSummary {
  caregiver: PersonRef;
  /** 'YYYY-MM' (CE). */
  month: string;
  period: { start: string; end: string };
  daysInMonth: number;
  /** Days of the month the caregiver was active (certified and engaged). */
  daysActive: number;
  /** Pro-rated for daysActive: 20 days and 160 hours in a whole month. */
  norm: { days: number; hours: number };
  /** Distinct days with at least one visit. */
  daysWorked: number;
  visits: number;
  minutes: number;
  /** minutes / 60, 2 decimals. */
  hours: number;
  meetsDayNorm: boolean;
  meetsHourNorm: boolean;
  /** Recipients assigned in the month or visited in it, those without a visit included. */
  byRecipient: (PersonRef & { visits: number; days: number; minutes: number; hours: number })[];
}

export interface StipendView {
  id: string;
  caregiver: PersonRef;
  /** 'YYYY-MM' (CE). */
  month: string;
  /** The monthly rate the amount was computed from, baht. */
  monthlyStipend: number;
  daysActive: number;
  daysInMonth: number;
  /** monthlyStipend × daysActive / daysInMonth, rounded to the satang, baht. */
  amount: number;
  paidOn: string | null;
  createdAt: string;
  /** The caregiver's visits in the month as they stand now: distinct visit days and time. */
  visits: VisitCounts;
  /** The norm for the days active (expectedVisitDays): 20 days and 160 hours in a whole month. */
  norm: { days: number; hours: number };
  /** visits.days below norm.days (the follow-up page's rule): paying it in full needs confirmBelowNorm (decision 0039). */
  belowNorm: boolean;
  /** The visits as they stood when it was marked paid; null while unpaid (and for stipends paid before decision 0039). */
  paidVisits: VisitCounts | null;
}

/** Distinct visit days, minutes and hours (minutes / 60, 2 decimals) of a caregiver in a month. */
export interface VisitCounts {
  days: number;
  minutes: number;
  hours: number;
}

/** A stipend of the month whose caregiver's visit days are below the norm. */
export interface StipendBelowNorm {
  stipendId: string;
  caregiver: PersonRef;
  days: number;
  minutes: number;
  hours: number;
  norm: { days: number; hours: number };
  paidOn: string | null;
}

/** POST /api/stipends/generate */
export interface StipendGeneration {
  month: string;
  /** Made by this call. */
  created: StipendView[];
  /** The month's stipends that were already there (running it again creates nothing new). */
  existing: StipendView[];
  /** Of all the month's stipends, those below the visit norm (fewest visit days first): paying one in full asks first. */
  belowNorm: StipendBelowNorm[];
}

/** GET /api/caregivers/follow-up */
export interface CaregiverFollowUp {
  /** Today (Asia/Bangkok). */
  asOf: string;
  /** The month before asOf's, 'YYYY-MM': the month shortVisitDays looks at. */
  lastMonth: string;
  /** Elders with a current assignment whose latest ADL assessment is older than 9 months. */
  staleAssessments: {
    recipient: PersonRef;
    caregiver: PersonRef;
    lastAssessedOn: string;
    lastTotal: number;
    group: AdlGroup;
    reassessmentDueOn: string;
  }[];
  /**
   * Assignments not yet ended whose elder's latest ADL assessment is above the dependent range
   * (> 11): flagged until staff end them (isNoLongerDependent), oldest assessment first.
   */
  noLongerDependent: {
    assignmentId: string;
    recipient: PersonRef;
    caregiver: PersonRef;
    /** First day of the assignment. */
    from: string;
    /** The latest assessment: its date, total and group. */
    assessedOn: string;
    total: number;
    group: AdlGroup;
  }[];
  /** Active caregivers with fewer than 2 current recipients. */
  belowMinimum: { caregiver: PersonRef; activeRecipients: number }[];
  /** Caregivers active last month whose distinct visit days fell short of the (pro-rated) 20. */
  shortVisitDays: { caregiver: PersonRef; month: string; visitDays: number; expectedDays: number; daysActive: number }[];
}

export interface CaregiverFigures {
  /** Distinct persons active as caregivers on at least one day of the period. */
  caregivers: number;
  /** Stipends of the months in the period, baht (generated, paid or not). */
  stipends: number;
  /** Of those, the ones marked paid, baht. */
  stipendsPaid: number;
  /** Distinct elders with an assignment overlapping the period. */
  recipients: number;
  visits: number;
  minutes: number;
  hours: number;
}

/** GET /api/caregivers/summary?year=&yearType= (default fiscal: stipends are budgeted by fiscal year). */
export interface CaregiversSummary extends CaregiverFigures {
  year: number;
  yearType: 'fiscal' | 'calendar';
  period: { start: string; end: string };
  /** Recipients by their ADL group at the end of the period (all three groups, zeros included). */
  recipientsByGroup: { group: AdlGroup; recipients: number }[];
  /** By the caregiver's sex. */
  bySex: (CaregiverFigures & { sex: Sex })[];
  /** By the caregiver's age band at the period's start; `under-60` for a caregiver not yet 60. */
  byAgeBand: (CaregiverFigures & { ageBand: string })[];
}
