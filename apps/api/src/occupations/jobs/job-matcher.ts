import {
  ADL_GROUP_LABELS, adlGroupOf, JOB_FIELD_LABELS, JOB_FIELD_WISDOM_BRANCHES, LIGHT_WORK_ONLY_FROM_AGE, PHYSICAL_DEMAND_MIN_ADL, WEEKDAY_LABELS,
  WISDOM_BRANCH_LABELS,
  type JobField, type JobMatchView, type JobView, type MatchReason, type MatchReasonCode, type PhysicalDemand, type Weekday,
} from '@elderwork/contracts';
import { ageOn } from '@elderwork/thai';
import type { MatchFacts } from './job-matches.repository';

/** Points of each reason; the score is their sum. */
export const MATCH_POINTS = {
  /** A wisdom-bank registration in a branch of the job's field. */
  wisdomBranch: 30,
  /** Added when such a registration has 10 or more years of experience. */
  wisdomExperienced: 10,
  /** A completed course whose `jobFields` include the job's field. */
  completedCourse: 20,
  /** At most two such courses count. */
  completedCoursesCounted: 2,
  /** The latest ADL allows the job's physical demand (at the elder's age). */
  adlFits: 10,
  /** Engaged elsewhere on the job's days and hours. */
  engagedJob: -25,
  engagedSection35: -15,
  engagedCaregiver: -25,
  /** Lives in the หมู่ (or village) of the job's place. */
  sameVillage: 5,
} as const;

const EXPERIENCED_YEARS = 10;

/** Section 35 work and caregiver duty run on working days (a caregiver: about 20 days a month). */
const WORKING_DAYS: readonly number[] = [1, 2, 3, 4, 5];

/** What bears on a job of this field: the wisdom branches of the field, and the field itself (courses' `jobFields`). */
export function relatedTo(field: JobField): { branches: readonly string[]; field: JobField } {
  return { branches: JOB_FIELD_WISDOM_BRANCHES[field], field };
}

const DEMAND: Record<PhysicalDemand, { th: string; en: string }> = {
  light: { th: 'งานเบา', en: 'light work' },
  moderate: { th: 'งานที่ใช้แรงปานกลาง', en: 'moderate work' },
  heavy: { th: 'งานหนัก', en: 'heavy work' },
};

const days = (weekdays: readonly number[], lang: 'th' | 'en'): string =>
  weekdays.map((d) => WEEKDAY_LABELS[d as Weekday]?.[lang] ?? String(d)).join(lang === 'th' ? ' ' : ', ');

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** The หมู่ named in a job's place ("หมู่ 3", "หมู่ที่ ๓", "ม.3"), or null. */
export function mooOf(place: string | null): number | null {
  if (!place) return null;
  const ascii = place.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
  const m = /(?:หมู่(?:ที่)?|ม\.)\s*(\d{1,2})(?!\d)/.exec(ascii);
  return m ? Number(m[1]) : null;
}

type MatchJob = Pick<JobView, 'field' | 'physicalDemand' | 'weekdays' | 'startTime' | 'endTime' | 'place'>;

/**
 * An elder's fit for a job, with the reasons in Thai and English. Only what bears on the job
 * counts: skills of its field, physical fit, schedule, location. Null when the elder is not a
 * match: the latest ADL is below what the job allows (PHYSICAL_DEMAND_MIN_ADL: the dependent
 * groups never are), the elder is 90 or older and the work is not light, or nothing speaks for them.
 */
export function scoreMatch(job: MatchJob, facts: MatchFacts, today: string): JobMatchView | null {
  const age = ageOn(facts.birthDate, today);
  if (facts.adl !== null && facts.adl < PHYSICAL_DEMAND_MIN_ADL[job.physicalDemand]) return null;
  if (age >= LIGHT_WORK_ONLY_FROM_AGE && job.physicalDemand !== 'light') return null;

  const reasons: MatchReason[] = [];
  const add = (code: MatchReasonCode, points: number, text: string, en: string) => reasons.push({ code, text, en, points });
  const field = JOB_FIELD_LABELS[job.field];

  // (a) Skills of the job's field (the query already keeps only these; checked again here).
  const wisdom = facts.wisdom.filter((w) => JOB_FIELD_WISDOM_BRANCHES[job.field].includes(w.branch));
  if (wisdom.length) {
    const experienced = wisdom.some((w) => (w.years ?? 0) >= EXPERIENCED_YEARS);
    const th = wisdom.map((w) => `"${w.title}" (${WISDOM_BRANCH_LABELS[w.branch].th}${w.years ? ` ${w.years} ปี` : ''})`).join(', ');
    const en = wisdom.map((w) => `"${w.title}" (${WISDOM_BRANCH_LABELS[w.branch].en}${w.years ? `, ${w.years} years` : ''})`).join(', ');
    add('wisdom_branch', MATCH_POINTS.wisdomBranch + (experienced ? MATCH_POINTS.wisdomExperienced : 0),
      `ขึ้นทะเบียนคลังปัญญา ${th} ตรงกับสายงาน${field.th}${experienced ? ` มีประสบการณ์ ${EXPERIENCED_YEARS} ปีขึ้นไป` : ''}`,
      `Wisdom bank: ${en}, in the field ${field.en}${experienced ? `, ${EXPERIENCED_YEARS}+ years of experience` : ''}`);
  }
  facts.courses.forEach((title, i) => {
    const counted = i < MATCH_POINTS.completedCoursesCounted;
    add('completed_course', counted ? MATCH_POINTS.completedCourse : 0,
      `เคยอบรมหลักสูตร "${title}" ตรงกับสายงาน${field.th}${counted ? '' : ` (นับคะแนนไม่เกิน ${MATCH_POINTS.completedCoursesCounted} หลักสูตร)`}`,
      `Completed the course "${title}", in the field ${field.en}${counted ? '' : ` (at most ${MATCH_POINTS.completedCoursesCounted} courses count)`}`);
  });

  // (b) Physical fit: the latest ADL group against the demand, and age.
  const demand = DEMAND[job.physicalDemand];
  const oldAge = age >= LIGHT_WORK_ONLY_FROM_AGE
    ? { th: ` อายุ ${age} ปี จึงควรเป็นงานเบาเท่านั้น`, en: `; aged ${age}, light work only` }
    : { th: '', en: '' };
  if (facts.adl === null) {
    add('adl_unknown', 0,
      `ยังไม่มีผลประเมิน ADL จึงยังไม่ทราบว่าทำ${demand.th}ได้หรือไม่ ควรประเมินก่อนมอบหมายงาน${oldAge.th}`,
      `No ADL assessment yet: fitness for ${demand.en} unknown, assess before placing${oldAge.en}`);
  } else {
    const group = ADL_GROUP_LABELS[adlGroupOf(facts.adl)];
    add('adl_fits', MATCH_POINTS.adlFits,
      `ADL ${facts.adl} คะแนน (${group.th}) ทำ${demand.th}ได้${oldAge.th}`,
      `ADL ${facts.adl} (${group.en}): fit for ${demand.en}${oldAge.en}`);
  }

  // (c) Schedule: engaged elsewhere on the job's days.
  for (const other of facts.otherJobs) {
    const shared = job.weekdays.filter((d) => other.weekdays.includes(d));
    const clash = shared.length > 0 && other.startTime < job.endTime && job.startTime < other.endTime;
    const when = { th: `วัน${days(other.weekdays, 'th')} ${other.startTime}–${other.endTime} น.`, en: `${days(other.weekdays, 'en')} ${other.startTime}–${other.endTime}` };
    if (clash) {
      add('engaged_job', MATCH_POINTS.engagedJob,
        `ทำงาน "${other.title}" อยู่แล้ว ${when.th} ชนกับวันเวลาของงานนี้ (วัน${days(shared, 'th')})`,
        `Already works at "${other.title}" (${when.en}), clashing with this job on ${days(shared, 'en')}`);
    } else {
      add('engaged_job', 0,
        `ทำงาน "${other.title}" อยู่ ${when.th} ไม่ชนกับวันเวลาของงานนี้`,
        `Works at "${other.title}" (${when.en}), not at this job's times`);
    }
  }
  const onWorkingDays = job.weekdays.filter((d) => WORKING_DAYS.includes(d));
  if (facts.section35) {
    if (onWorkingDays.length) {
      add('engaged_section35', MATCH_POINTS.engagedSection35,
        `มีการจ้างงานตามมาตรา 35 อยู่ (วันทำงานจันทร์–ศุกร์) ชนกับวัน${days(onWorkingDays, 'th')}ของงานนี้`,
        `In a Section 35 placement (working days, Monday–Friday), clashing with this job on ${days(onWorkingDays, 'en')}`);
    } else {
      add('engaged_section35', 0,
        'มีการจ้างงานตามมาตรา 35 อยู่ (วันทำงานจันทร์–ศุกร์) ไม่ชนกับวันของงานนี้',
        'In a Section 35 placement (working days, Monday–Friday), not on this job’s days');
    }
  }
  if (facts.caregiver) {
    if (onWorkingDays.length) {
      add('engaged_caregiver', MATCH_POINTS.engagedCaregiver,
        `เป็นอาสาสมัครบริบาลท้องถิ่นอยู่ (ดูแลผู้สูงอายุวันจันทร์–ศุกร์) ชนกับวัน${days(onWorkingDays, 'th')}ของงานนี้`,
        `A local caregiver volunteer (care visits Monday–Friday), clashing with this job on ${days(onWorkingDays, 'en')}`);
    } else {
      add('engaged_caregiver', 0,
        'เป็นอาสาสมัครบริบาลท้องถิ่นอยู่ (ดูแลผู้สูงอายุวันจันทร์–ศุกร์) ไม่ชนกับวันของงานนี้',
        'A local caregiver volunteer (care visits Monday–Friday), not on this job’s days');
    }
  }

  // (d) Location: the หมู่ (or village) of the job's place, when the place names one.
  const jobMoo = mooOf(job.place);
  const village = facts.village?.trim();
  if (jobMoo !== null && facts.moo === jobMoo) {
    add('same_village', MATCH_POINTS.sameVillage, `อยู่หมู่ ${jobMoo} เดียวกับสถานที่ทำงาน`, `Lives in Moo ${jobMoo}, where the job is`);
  } else if (village && village.length >= 2 && job.place?.includes(village)) {
    add('same_village', MATCH_POINTS.sameVillage, `อยู่${village} เดียวกับสถานที่ทำงาน`, `Lives in ${village}, where the job is`);
  }

  const score = reasons.reduce((sum, r) => sum + r.points, 0);
  if (score <= 0) return null;
  return { residentId: facts.residentId, name: facts.name, age, sex: facts.sex, score, reasons };
}

/** Best first; equal scores by name. */
export const byFit = (a: JobMatchView, b: JobMatchView): number => b.score - a.score || a.name.localeCompare(b.name, 'th') || a.residentId.localeCompare(b.residentId);
