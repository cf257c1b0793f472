import { at } from '../common/arrays';
import type { Client } from 'pg';
import { ADL_ITEMS, type VisitActivity } from '@elderwork/contracts';
import { addDays, dayNumber } from '@elderwork/thai';
import { ADL_ITEM_COLUMNS } from '../adl/adl-assessment.entity';

/** Scores in ADL_ITEMS order (feeding, bathing, grooming, dressing, bowels, bladder, toilet use, transfers, mobility, stairs). */
type Scores = [number, number, number, number, number, number, number, number, number, number];
/** An assessment: its date and either the ten scores or a total only (as kept on paper). */
type DemoAssessment = [assessedOn: string, scores: Scores | number];

interface DemoCaregiver {
  /** Index of the elder in the LAO's demo residents (after the disabled elders Section 35 uses). */
  elder: number;
  startDate: string;
  trainingHours: number;
  certifiedOn: string | null;
  extraCourseHours: number;
  careManager: string;
  /** Elders in their care, from a date; minutes per visit; weekdays skipped in October (fewer visit days). */
  recipients: { elder: number; from: string }[];
  minutesPerVisit: number;
  octoberGap?: number;
}

export interface DemoCaregivers {
  caregivers: DemoCaregiver[];
  /** ADL histories by elder index, oldest first. */
  assessments: Record<number, DemoAssessment[]>;
  /** Months with stipends, and the date each was paid (null: not yet); generated and paid through StipendsService. */
  stipends: [month: string, paidOn: string | null][];
}

const ITEMS = (...scores: Scores): Scores => scores;
const VISIT_MONTHS = { start: '2026-08-01', end: '2026-10-31' };
const STIPENDS: DemoCaregivers['stipends'] = [['2026-08', '2026-09-04'], ['2026-09', '2026-10-05'], ['2026-10', null]];

/**
 * Khlaeng Kachet: three active volunteers and one still in training. Caregiver A (6,000 a month,
 * extra course) has four elders, the most allowed; B has two, one of whom was last assessed in
 * December 2025 (re-assessment overdue); C started on 16 September (half a month's stipend) and
 * has one elder (below the minimum of two), and B logged fewer visit days in October.
 */
export const KHLAENG_KACHET_CAREGIVERS: DemoCaregivers = {
  caregivers: [
    { elder: 26, startDate: '2026-08-01', trainingHours: 70, certifiedOn: '2026-07-15', extraCourseHours: 50, careManager: 'นางสาวพรทิพย์ ใจงาม (พยาบาลวิชาชีพ รพ.สต.กะเฉด)',
      recipients: [{ elder: 16, from: '2026-08-01' }, { elder: 17, from: '2026-08-01' }, { elder: 18, from: '2026-08-01' }, { elder: 19, from: '2026-08-01' }], minutesPerVisit: 120 },
    { elder: 14, startDate: '2026-08-01', trainingHours: 70, certifiedOn: '2026-07-15', extraCourseHours: 0, careManager: 'นางสาวพรทิพย์ ใจงาม (พยาบาลวิชาชีพ รพ.สต.กะเฉด)',
      recipients: [{ elder: 20, from: '2026-08-01' }, { elder: 21, from: '2026-08-01' }], minutesPerVisit: 210, octoberGap: 4 },
    { elder: 33, startDate: '2026-09-16', trainingHours: 70, certifiedOn: '2026-09-10', extraCourseHours: 0, careManager: 'นายสุรเชษฐ์ วงศ์ดี (นักวิชาการสาธารณสุข)',
      recipients: [{ elder: 22, from: '2026-09-16' }], minutesPerVisit: 240 },
    { elder: 24, startDate: '2026-10-01', trainingHours: 40, certifiedOn: null, extraCourseHours: 0, careManager: 'นายสุรเชษฐ์ วงศ์ดี (นักวิชาการสาธารณสุข)',
      recipients: [], minutesPerVisit: 0 },
  ],
  assessments: {
    16: [['2026-01-15', 11], ['2026-07-20', ITEMS(2, 0, 1, 1, 2, 1, 1, 1, 0, 0)]],
    17: [['2025-11-20', 6], ['2026-07-22', 3]],
    18: [['2026-07-05', 7]],
    19: [['2026-07-10', ITEMS(1, 0, 0, 0, 1, 0, 0, 0, 0, 0)]],
    20: [['2026-02-01', 12], ['2026-07-25', ITEMS(2, 0, 1, 1, 2, 2, 1, 1, 0, 0)]],
    21: [['2025-06-01', 10], ['2025-12-10', 8]],
    22: [['2026-09-10', 4]],
    // Socially active: assessed, but not eligible for a caregiver.
    25: [['2026-07-01', ITEMS(2, 1, 1, 2, 2, 2, 2, 2, 1, 0)]],
  },
  stipends: STIPENDS,
};

/** Mae Sai: two volunteers with two elders each; the second started on 10 August (22 of 31 days that month). */
export const MAE_SAI_CAREGIVERS: DemoCaregivers = {
  caregivers: [
    { elder: 12, startDate: '2026-08-01', trainingHours: 70, certifiedOn: '2026-07-20', extraCourseHours: 0, careManager: 'นางบัวเรียว อินต๊ะ (พยาบาลวิชาชีพ รพ.แม่สาย)',
      recipients: [{ elder: 5, from: '2026-08-01' }, { elder: 6, from: '2026-08-01' }], minutesPerVisit: 200 },
    { elder: 14, startDate: '2026-08-10', trainingHours: 72, certifiedOn: '2026-08-05', extraCourseHours: 0, careManager: 'นางบัวเรียว อินต๊ะ (พยาบาลวิชาชีพ รพ.แม่สาย)',
      recipients: [{ elder: 7, from: '2026-08-10' }, { elder: 3, from: '2026-08-10' }], minutesPerVisit: 200 },
  ],
  assessments: {
    5: [['2026-07-25', ITEMS(2, 0, 1, 1, 1, 1, 1, 1, 0, 0)]],
    6: [['2026-03-01', 4], ['2026-07-28', 1]],
    7: [['2026-08-05', 6]],
    3: [['2026-08-06', ITEMS(1, 0, 0, 0, 1, 1, 0, 0, 0, 0)]],
  },
  stipends: STIPENDS,
};

const BEDBOUND_CARE: VisitActivity[] = ['personal_hygiene', 'feeding', 'vital_signs'];
const HOMEBOUND_CARE: VisitActivity[] = ['mobility_exercise', 'medication', 'companionship'];

/** Monday to Friday in [start, end]. */
function weekdays(start: string, end: string): string[] {
  const days: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) {
    // 1970-01-01 was a Thursday: day number + 4, mod 7, is 0 on a Sunday.
    const weekday = (dayNumber(d) + 4) % 7;
    if (weekday !== 0 && weekday !== 6) days.push(d);
  }
  return days;
}

const lastTotal = (history: DemoAssessment[]): number => {
  const last = at(history, history.length - 1)[1];
  return typeof last === 'number' ? last : last.reduce((a, b) => a + b, 0);
};

/** ADL histories, caregivers, assignments and weekday visits in August–October 2026, as one LAO (the stipends: demo-workflow). */
export async function seedCaregivers(client: Client, laoId: string, actorId: string, elderIds: string[], demo: DemoCaregivers): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.lao_id', $1, true)`, [laoId]);
    for (const [elder, history] of Object.entries(demo.assessments)) {
      for (const [assessedOn, scores] of history) {
        const items: (number | null)[] = typeof scores === 'number' ? ADL_ITEMS.map(() => null) : scores;
        const total = typeof scores === 'number' ? scores : scores.reduce((a, b) => a + b, 0);
        await client.query(
          `INSERT INTO adl_assessment (lao_id, resident_id, assessed_on, ${ADL_ITEM_COLUMNS.join(', ')}, total, created_by)
           VALUES ($1, $2, $3, ${ADL_ITEM_COLUMNS.map((_, i) => `$${i + 4}`).join(', ')}, $14, $15)`,
          [laoId, elderIds[Number(elder)], assessedOn, ...items, total, actorId],
        );
      }
    }
    for (const cg of demo.caregivers) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO caregiver (lao_id, resident_id, start_date, training_hours, certified_on, extra_course_hours, care_manager)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [laoId, elderIds[cg.elder], cg.startDate, cg.trainingHours, cg.certifiedOn, cg.extraCourseHours, cg.careManager],
      );
      const caregiverId = at(rows, 0).id;
      for (const r of cg.recipients) {
        const assignment = await client.query<{ id: string }>(
          `INSERT INTO care_assignment (lao_id, caregiver_id, recipient_id, from_date, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [laoId, caregiverId, elderIds[r.elder], r.from, actorId],
        );
        const activities = lastTotal(demo.assessments[r.elder] ?? []) <= 4 ? BEDBOUND_CARE : HOMEBOUND_CARE;
        const days = weekdays(r.from > VISIT_MONTHS.start ? r.from : VISIT_MONTHS.start, VISIT_MONTHS.end)
          .filter((d, i) => !(cg.octoberGap && d >= '2026-10-01' && i % cg.octoberGap === 0));
        for (const [i, visitedOn] of days.entries()) {
          await client.query(
            `INSERT INTO care_visit (lao_id, assignment_id, caregiver_id, recipient_id, visited_on, minutes, activities, created_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7::varchar[], $8)`,
            [laoId, at(assignment.rows, 0).id, caregiverId, elderIds[r.elder], visitedOn, cg.minutesPerVisit, activities.slice(0, 1 + (i % activities.length)), actorId],
          );
        }
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
