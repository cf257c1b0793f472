import { Injectable } from '@nestjs/common';
import type { Sex, WisdomBranch } from '@elderwork/contracts';
import type { TenantTx } from '../../database/tenant-db';
import { ENROLMENT_PROGRESS_SQL } from '../courses/courses.repository';
import { ELDER_NAME_SQL } from '../elders.repository';
import { PLACEMENT_ACTIVE_ON } from './jobs.repository';

/** What the matcher knows of one elder, for one job. */
export interface MatchFacts {
  residentId: string;
  name: string;
  sex: Sex;
  birthDate: string;
  /** The elder's หมู่ and village name, as registered. */
  moo: number | null;
  village: string | null;
  /** Wisdom-bank registrations in the branches of the job's field (JOB_FIELD_WISDOM_BRANCHES). */
  wisdom: { branch: WisdomBranch; title: string; years: number | null }[];
  /** Completed courses whose `jobFields` include the job's field, latest first. */
  courses: string[];
  /** Latest Barthel ADL total (caregivers feature), null when never assessed. */
  adl: number | null;
  /** Other jobs the elder is placed in today, with their days and hours. */
  otherJobs: { title: string; weekdays: number[]; startTime: string; endTime: string }[];
  /** A planned or active Section 35 placement covering today. */
  section35: boolean;
  /** An active local caregiver volunteer today. */
  caregiver: boolean;
}

/**
 * One query over the LAO's current elders: $1 job, $2 today, $3 the wisdom branches of the job's
 * field, $4 the job's field. Elders already placed in this job (now or later) are left out. The
 * ADL criterion is the latest adl_assessment.
 */
const FACTS_SQL = `
  WITH latest_adl AS (
    SELECT DISTINCT ON (a.resident_id) a.resident_id, a.total
    FROM adl_assessment a ORDER BY a.resident_id, a.assessed_on DESC, a.created_at DESC
  ), progress AS (${ENROLMENT_PROGRESS_SQL('$2::date')})
  SELECT r.id AS "residentId", ${ELDER_NAME_SQL('r')} AS name, r.sex, r.birth_date::text AS "birthDate", r.moo, r.village, adl.total AS adl,
    coalesce((SELECT json_agg(json_build_object('branch', w.branch, 'title', w.title, 'years', w.years_of_experience) ORDER BY w.years_of_experience DESC NULLS LAST, w.title)
              FROM wisdom_registration w WHERE w.lao_id = r.lao_id AND w.resident_id = r.id AND w.branch = ANY($3::text[])), '[]') AS wisdom,
    coalesce((SELECT json_agg(c.title ORDER BY p.last_session DESC, c.title)
              FROM progress p JOIN course c ON c.lao_id = p.lao_id AND c.id = p.course_id
              WHERE p.lao_id = r.lao_id AND p.resident_id = r.id AND p.completed AND c.job_fields && ARRAY[$4]::varchar[]), '[]') AS courses,
    coalesce((SELECT json_agg(json_build_object('title', j.title, 'weekdays', j.weekdays, 'startTime', to_char(j.start_time, 'HH24:MI'), 'endTime', to_char(j.end_time, 'HH24:MI')) ORDER BY j.title)
              FROM job_placement jp JOIN job j ON j.lao_id = jp.lao_id AND j.id = jp.job_id
              WHERE jp.lao_id = r.lao_id AND jp.resident_id = r.id AND jp.job_id <> $1 AND ${PLACEMENT_ACTIVE_ON('jp', '$2::date')}), '[]') AS "otherJobs",
    EXISTS (SELECT 1 FROM placement pl WHERE pl.lao_id = r.lao_id AND pl.resident_id = r.id AND pl.status IN ('planned', 'active')
              AND pl.start_date <= $2::date AND coalesce(pl.terminated_on, pl.end_date) >= $2::date) AS section35,
    EXISTS (SELECT 1 FROM caregiver cg WHERE cg.lao_id = r.lao_id AND cg.resident_id = r.id
              AND cg.start_date <= $2::date AND (cg.end_date IS NULL OR cg.end_date >= $2::date)) AS caregiver
  FROM resident r
  LEFT JOIN latest_adl adl ON adl.resident_id = r.id
  WHERE r.removed_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM job_placement jp WHERE jp.lao_id = r.lao_id AND jp.job_id = $1 AND jp.resident_id = r.id
                      AND (jp.to_date IS NULL OR jp.to_date >= $2::date))`;

@Injectable()
export class JobMatchesRepository {
  facts(tx: TenantTx, jobId: string, today: string, related: { branches: readonly string[]; field: string }): Promise<MatchFacts[]> {
    return tx.query<MatchFacts>(FACTS_SQL, [jobId, today, related.branches, related.field]);
  }
}
