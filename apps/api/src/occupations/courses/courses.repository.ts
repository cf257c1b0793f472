import { Injectable } from '@nestjs/common';
import {
  courseStatusOn,
  type CourseKind, type CourseQueryDto, type CourseView, type CreateCourseDto, type EnrolmentView, type FollowUpOutcome, type JobField, type SchoolSubject,
} from '@elderwork/contracts';
import type { Period } from '@elderwork/thai';
import { baht as decimal } from '../../common/money';
import type { TenantTx } from '../../database/tenant-db';
import { ELDER_NAME_SQL } from '../elders.repository';
import { likeLiteral } from '../../common/like';

/**
 * Attendance and completion of every enrolment, as of `today` (an SQL date expression).
 * Held = a session not cancelled and dated today or earlier. Completed = no session still to
 * come, at least one held, and attended ≥ the course's threshold × held (exact NUMERIC).
 */
export const ENROLMENT_PROGRESS_SQL = (today: string): string => `
  SELECT en.lao_id, en.id AS enrolment_id, en.course_id, en.resident_id, st.held, st.upcoming, st.last_session,
         coalesce(att.attended, 0) AS attended,
         (st.upcoming = 0 AND st.held > 0 AND coalesce(att.attended, 0) >= c.completion_threshold * st.held) AS completed
  FROM course_enrolment en
  JOIN course c ON c.lao_id = en.lao_id AND c.id = en.course_id
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE s.date <= ${today}) AS held, count(*) FILTER (WHERE s.date > ${today}) AS upcoming, max(s.date) AS last_session
    FROM course_session s WHERE s.lao_id = c.lao_id AND s.course_id = c.id AND NOT s.cancelled) st
  LEFT JOIN LATERAL (
    SELECT count(*) AS attended
    FROM course_attendance a JOIN course_session s ON s.lao_id = a.lao_id AND s.id = a.session_id
    WHERE a.lao_id = en.lao_id AND a.enrolment_id = en.id AND NOT s.cancelled AND s.date <= ${today}) att ON true`;

interface CourseRow {
  id: string;
  kind: CourseKind;
  title: string;
  description: string | null;
  subjects: SchoolSubject[];
  job_fields: JobField[];
  start_date: string;
  end_date: string;
  weekdays: number[];
  start_time: string;
  hours_per_session: string;
  partner_organisations: string[];
  place: string | null;
  completion_threshold: string;
  version: number;
  created_at: Date;
  planned: string;
  held: string;
  upcoming: string;
  enrolled: string;
  completed: string;
}

/** $1 is today. */
const SELECT = `
  SELECT c.id, c.kind, c.title, c.description, c.subjects, c.job_fields, c.start_date::text, c.end_date::text, c.weekdays,
         to_char(c.start_time, 'HH24:MI') AS start_time, c.hours_per_session, c.partner_organisations, c.place,
         c.completion_threshold, c.version, c.created_at, st.planned, st.held, st.upcoming, coalesce(en.enrolled, 0) AS enrolled,
         coalesce(en.completed, 0) AS completed
  FROM course c
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE NOT s.cancelled) AS planned, count(*) FILTER (WHERE NOT s.cancelled AND s.date <= $1::date) AS held,
           count(*) FILTER (WHERE NOT s.cancelled AND s.date > $1::date) AS upcoming
    FROM course_session s WHERE s.lao_id = c.lao_id AND s.course_id = c.id) st
  LEFT JOIN LATERAL (
    SELECT count(*) AS enrolled, count(*) FILTER (WHERE p.completed) AS completed
    FROM (${ENROLMENT_PROGRESS_SQL('$1::date')}) p WHERE p.lao_id = c.lao_id AND p.course_id = c.id) en ON true`;

/** The row as the API shows it on `today` (Asia/Bangkok, the same day its held/upcoming counts were taken on). */
const toView = (r: CourseRow, today: string): CourseView => {
  const ended = Number(r.planned) > 0 && Number(r.upcoming) === 0;
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    description: r.description,
    subjects: r.subjects,
    jobFields: r.job_fields,
    startDate: r.start_date,
    endDate: r.end_date,
    weekdays: r.weekdays,
    startTime: r.start_time,
    hoursPerSession: decimal(r.hours_per_session),
    partnerOrganisations: r.partner_organisations,
    place: r.place,
    completionThreshold: decimal(r.completion_threshold),
    sessionsPlanned: Number(r.planned),
    sessionsHeld: Number(r.held),
    enrolled: Number(r.enrolled),
    completed: Number(r.completed),
    ended,
    status: courseStatusOn(today, r.start_date, ended),
    version: r.version,
    createdAt: r.created_at.toISOString(),
  };
};

export type CourseFields = Required<Omit<CreateCourseDto, 'description' | 'place'>> & { description: string | null; place: string | null };

const COLUMNS: [column: string, field: keyof CourseFields, cast: string][] = [
  ['kind', 'kind', ''],
  ['title', 'title', ''],
  ['description', 'description', ''],
  ['subjects', 'subjects', '::varchar[]'],
  ['job_fields', 'jobFields', '::varchar[]'],
  ['start_date', 'startDate', '::date'],
  ['end_date', 'endDate', '::date'],
  ['weekdays', 'weekdays', '::smallint[]'],
  ['start_time', 'startTime', '::time'],
  ['hours_per_session', 'hoursPerSession', '::numeric'],
  ['partner_organisations', 'partnerOrganisations', '::varchar[]'],
  ['place', 'place', ''],
  ['completion_threshold', 'completionThreshold', '::numeric'],
];

@Injectable()
export class CoursesRepository {
  async list(tx: TenantTx, today: string, query: CourseQueryDto, period: Period | null): Promise<CourseView[]> {
    const rows = await tx.query<CourseRow>(
      `${SELECT}
       WHERE ($2::text IS NULL OR c.kind = $2) AND ($3::date IS NULL OR (c.start_date <= $4::date AND c.end_date >= $3::date))
         AND ($5::text IS NULL OR c.title ILIKE '%' || $5 || '%')
       ORDER BY c.start_date DESC, c.title, c.id`,
      [today, query.kind ?? null, period?.start ?? null, period?.end ?? null, likeLiteral(query.q)],
    );
    return rows.map((r) => toView(r, today));
  }

  async find(tx: TenantTx, today: string, id: string, lock = false): Promise<CourseView | null> {
    if (lock) await tx.query(`SELECT 1 FROM course WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await tx.query<CourseRow>(`${SELECT} WHERE c.id = $2`, [today, id]);
    return row ? toView(row, today) : null;
  }

  async insert(tx: TenantTx, fields: CourseFields): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO course (lao_id, ${COLUMNS.map(([c]) => c).join(', ')})
       VALUES ($1, ${COLUMNS.map(([, , cast], i) => `$${i + 2}${cast}`).join(', ')}) RETURNING id`,
      [tx.laoId, ...COLUMNS.map(([, field]) => fields[field])],
    );
    return row!.id;
  }

  async update(tx: TenantTx, id: string, change: Partial<CourseFields>): Promise<void> {
    const sets = COLUMNS.filter(([, field]) => change[field] !== undefined);
    await tx.query(
      `UPDATE course SET ${sets.map(([column, , cast], i) => `${column} = $${i + 2}${cast}, `).join('')}version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, ...sets.map(([, field]) => change[field])],
    );
  }

  async enrolments(tx: TenantTx, today: string, courseId: string): Promise<EnrolmentView[]> {
    const rows = await tx.query<{
      resident_id: string; name: string; national_id: string; enrolled_at: Date; attended: string; held: string; completed: boolean;
      follow_up: FollowUpOutcome | null; follow_up_note: string | null;
    }>(
      `SELECT p.resident_id, ${ELDER_NAME_SQL('r')} AS name, r.national_id, en.enrolled_at, p.attended, p.held, p.completed,
              en.follow_up, en.follow_up_note
       FROM (${ENROLMENT_PROGRESS_SQL('$1::date')}) p
       JOIN course_enrolment en ON en.lao_id = p.lao_id AND en.id = p.enrolment_id
       JOIN resident r ON r.lao_id = p.lao_id AND r.id = p.resident_id
       WHERE p.course_id = $2
       ORDER BY r.first_name, r.last_name, r.id`,
      [today, courseId],
    );
    return rows.map((r) => ({
      resident: { id: r.resident_id, name: r.name, nationalId: r.national_id },
      enrolledAt: r.enrolled_at.toISOString(),
      attended: Number(r.attended),
      held: Number(r.held),
      attendanceRate: Number(r.held) > 0 ? Math.round((Number(r.attended) / Number(r.held)) * 10000) / 10000 : null,
      completed: r.completed,
      followUp: r.follow_up,
      followUpNote: r.follow_up_note,
    }));
  }

  /** Enrolments of these elders in the course, by resident id. */
  async enrolmentIds(tx: TenantTx, courseId: string, residentIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await tx.query<{ id: string; resident_id: string }>(
      `SELECT id, resident_id FROM course_enrolment WHERE course_id = $1 AND resident_id = ANY($2::uuid[])`,
      [courseId, residentIds],
    );
    return new Map(rows.map((r) => [r.resident_id, r.id]));
  }

  /** Enrols the elders; those already enrolled are left as they are. */
  async enrol(tx: TenantTx, courseId: string, residentIds: readonly string[]): Promise<void> {
    await tx.query(
      `INSERT INTO course_enrolment (lao_id, course_id, resident_id) SELECT $1, $2, unnest($3::uuid[])
       ON CONFLICT (lao_id, course_id, resident_id) DO NOTHING`,
      [tx.laoId, courseId, residentIds],
    );
  }

  async unenrol(tx: TenantTx, enrolmentId: string): Promise<void> {
    await tx.query(`DELETE FROM course_enrolment WHERE id = $1`, [enrolmentId]);
  }

  async setFollowUp(tx: TenantTx, enrolmentId: string, followUp: FollowUpOutcome | null, note: string | null | undefined): Promise<void> {
    await tx.query(
      `UPDATE course_enrolment SET follow_up = $2, follow_up_note = CASE WHEN $4 THEN follow_up_note ELSE $3 END WHERE id = $1`,
      [enrolmentId, followUp, note ?? null, note === undefined],
    );
  }
}
