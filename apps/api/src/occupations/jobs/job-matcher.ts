import {
  ADL_GROUP_LABELS, adlGroupOf, JOB_FIELD_WISDOM_BRANCHES, PHYSICAL_DEMAND_LABELS, PHYSICAL_DEMAND_MIN_ADL, SCHOOL_SUBJECT_JOB_FIELDS,
  SCHOOL_SUBJECTS, WISDOM_BRANCH_LABELS,
  type JobField, type JobMatchView, type JobView, type MatchReason, type SchoolSubject,
} from '@elderwork/contracts';
import { ageOn } from '@elderwork/thai';
import type { MatchFacts } from './job-matches.repository';

/** Points of each reason; the score is their sum. */
export const MATCH_POINTS = {
  wisdomBranch: 30,
  /** Added when a related registration has 10 or more years of experience. */
  wisdomExperienced: 10,
  completedCourse: 20,
  /** At most two related courses count. */
  completedCoursesCounted: 2,
  adlFits: 10,
  engagedJob: -25,
  engagedSection35: -15,
  engagedCaregiver: -25,
} as const;

const EXPERIENCED_YEARS = 10;

/** What relates to a job field: wisdom branches (JOB_FIELD_WISDOM_BRANCHES) and elderly-school subjects. */
export function relatedTo(field: JobField): { branches: string[]; field: string; subjects: SchoolSubject[] } {
  return {
    branches: JOB_FIELD_WISDOM_BRANCHES[field],
    field,
    subjects: SCHOOL_SUBJECTS.filter((s) => SCHOOL_SUBJECT_JOB_FIELDS[s].includes(field)),
  };
}

/**
 * An elder's fit for a job, with the reasons. Null when the elder is not a match: the latest ADL
 * is below what the physical demand allows (PHYSICAL_DEMAND_MIN_ADL), or nothing speaks for them.
 */
export function scoreMatch(job: Pick<JobView, 'physicalDemand'>, facts: MatchFacts, today: string): JobMatchView | null {
  const demand = PHYSICAL_DEMAND_LABELS[job.physicalDemand].th;
  if (facts.adl !== null && facts.adl < PHYSICAL_DEMAND_MIN_ADL[job.physicalDemand]) return null;
  const reasons: MatchReason[] = [];
  if (facts.wisdom.length) {
    const experienced = facts.wisdom.some((w) => (w.years ?? 0) >= EXPERIENCED_YEARS);
    const titles = facts.wisdom.map((w) => `${w.title} (${WISDOM_BRANCH_LABELS[w.branch].th}${w.years ? ` ${w.years} ปี` : ''})`).join(', ');
    reasons.push({
      code: 'wisdom_branch',
      text: `ขึ้นทะเบียนคลังปัญญาที่เกี่ยวกับงานนี้: ${titles}`,
      points: MATCH_POINTS.wisdomBranch + (experienced ? MATCH_POINTS.wisdomExperienced : 0),
    });
  }
  facts.courses.forEach((title, i) =>
    reasons.push({ code: 'completed_course', text: `จบหลักสูตร "${title}"`, points: i < MATCH_POINTS.completedCoursesCounted ? MATCH_POINTS.completedCourse : 0 }),
  );
  if (facts.adl === null) {
    reasons.push({ code: 'adl_unknown', text: `ยังไม่มีผลประเมิน ADL ควรประเมินก่อนมอบหมายงานที่ใช้แรง${demand}`, points: 0 });
  } else {
    const group = ADL_GROUP_LABELS[adlGroupOf(facts.adl)].th;
    reasons.push({ code: 'adl_fits', text: `ADL ล่าสุด ${facts.adl} คะแนน (${group}) ทำงานที่ใช้แรง${demand}ได้`, points: MATCH_POINTS.adlFits });
  }
  if (facts.otherJobs.length) reasons.push({ code: 'engaged_job', text: `ทำงานอื่นอยู่แล้ว: ${facts.otherJobs.join(', ')}`, points: MATCH_POINTS.engagedJob });
  if (facts.section35) reasons.push({ code: 'engaged_section35', text: 'มีการจ้างงานตามมาตรา 35 อยู่', points: MATCH_POINTS.engagedSection35 });
  if (facts.caregiver) reasons.push({ code: 'engaged_caregiver', text: 'เป็นอาสาสมัครบริบาลท้องถิ่นอยู่', points: MATCH_POINTS.engagedCaregiver });
  const score = reasons.reduce((sum, r) => sum + r.points, 0);
  if (score <= 0) return null;
  return { residentId: facts.residentId, name: facts.name, age: ageOn(facts.birthDate, today), sex: facts.sex, score, reasons };
}

/** Best first; equal scores by name. */
export const byFit = (a: JobMatchView, b: JobMatchView): number => b.score - a.score || a.name.localeCompare(b.name, 'th') || a.residentId.localeCompare(b.residentId);
