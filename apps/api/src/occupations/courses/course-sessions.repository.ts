import { Injectable } from '@nestjs/common';
import type { CourseSessionView } from '@elderwork/contracts';
import { baht as decimal } from '../../common/money';
import type { TenantTx } from '../../database/tenant-db';

interface SessionRow {
  id: string;
  date: string;
  start_time: string;
  hours: string;
  cancelled: boolean;
  held: boolean;
  note: string | null;
  present: string[];
}

/** $1 today, $2 course. */
const SELECT = `
  SELECT s.id, s.date::text, to_char(s.start_time, 'HH24:MI') AS start_time, s.hours, s.cancelled, s.note,
         (NOT s.cancelled AND s.date <= $1::date) AS held,
         coalesce(array_agg(en.resident_id ORDER BY en.resident_id) FILTER (WHERE en.id IS NOT NULL), '{}') AS present
  FROM course_session s
  LEFT JOIN course_attendance a ON a.lao_id = s.lao_id AND a.session_id = s.id
  LEFT JOIN course_enrolment en ON en.lao_id = a.lao_id AND en.id = a.enrolment_id
  WHERE s.course_id = $2`;

const toView = (r: SessionRow): CourseSessionView => ({
  id: r.id,
  date: r.date,
  startTime: r.start_time,
  hours: decimal(r.hours),
  cancelled: r.cancelled,
  held: r.held,
  note: r.note,
  presentResidentIds: r.present,
});

export interface SessionChange {
  date?: string;
  startTime?: string;
  hours?: number;
  cancelled?: boolean;
  note?: string | null;
}

/** Sessions of a course and their attendance. */
@Injectable()
export class CourseSessionsRepository {
  async list(tx: TenantTx, today: string, courseId: string): Promise<CourseSessionView[]> {
    const rows = await tx.query<SessionRow>(`${SELECT} GROUP BY s.lao_id, s.id ORDER BY s.date, s.start_time, s.id`, [today, courseId]);
    return rows.map(toView);
  }

  /** The session of this course (another course's session is not found); locked when asked. */
  async find(tx: TenantTx, today: string, courseId: string, id: string, lock = false): Promise<CourseSessionView | null> {
    if (lock) await tx.query(`SELECT 1 FROM course_session WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await tx.query<SessionRow>(`${SELECT} AND s.id = $3 GROUP BY s.lao_id, s.id`, [today, courseId, id]);
    return row ? toView(row) : null;
  }

  async insertMany(tx: TenantTx, courseId: string, dates: readonly string[], startTime: string, hours: number): Promise<void> {
    await tx.query(
      `INSERT INTO course_session (lao_id, course_id, date, start_time, hours) SELECT $1, $2, d, $4::time, $5::numeric FROM unnest($3::date[]) AS d`,
      [tx.laoId, courseId, dates, startTime, hours],
    );
  }

  async insert(tx: TenantTx, courseId: string, session: { date: string; startTime: string; hours: number; note: string | null }): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO course_session (lao_id, course_id, date, start_time, hours, note) VALUES ($1, $2, $3, $4::time, $5::numeric, $6) RETURNING id`,
      [tx.laoId, courseId, session.date, session.startTime, session.hours, session.note],
    );
    return row!.id;
  }

  async update(tx: TenantTx, id: string, change: SessionChange): Promise<void> {
    const sets = Object.entries({ date: change.date, start_time: change.startTime, hours: change.hours, cancelled: change.cancelled, note: change.note })
      .filter(([, v]) => v !== undefined);
    if (sets.length === 0) return;
    await tx.query(`UPDATE course_session SET ${sets.map(([column], i) => `${column} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...sets.map(([, v]) => v)]);
  }

  async deleteAll(tx: TenantTx, courseId: string): Promise<void> {
    await tx.query(`DELETE FROM course_session WHERE course_id = $1`, [courseId]);
  }

  /** Attendances recorded for the course (or one of its enrolments). */
  async attendanceCount(tx: TenantTx, courseId: string, enrolmentId?: string): Promise<number> {
    const [row] = await tx.query<{ n: string }>(
      `SELECT count(*) AS n FROM course_attendance a JOIN course_session s ON s.lao_id = a.lao_id AND s.id = a.session_id
       WHERE s.course_id = $1 AND ($2::uuid IS NULL OR a.enrolment_id = $2::uuid)`,
      [courseId, enrolmentId ?? null],
    );
    return Number(row?.n ?? 0);
  }

  /** Replaces the session's attendance with these enrolments. */
  async replaceAttendance(tx: TenantTx, sessionId: string, enrolmentIds: readonly string[]): Promise<void> {
    await tx.query(`DELETE FROM course_attendance WHERE session_id = $1 AND NOT (enrolment_id = ANY($2::uuid[]))`, [sessionId, enrolmentIds]);
    await tx.query(
      `INSERT INTO course_attendance (lao_id, session_id, enrolment_id) SELECT $1, $2, unnest($3::uuid[])
       ON CONFLICT (lao_id, session_id, enrolment_id) DO NOTHING`,
      [tx.laoId, sessionId, enrolmentIds],
    );
  }
}
