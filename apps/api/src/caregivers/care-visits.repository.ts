import { Injectable } from '@nestjs/common';
import type { CareVisitView, CreateCareVisitDto, VisitActivity } from '@elderwork/contracts';
import type { Period } from '@elderwork/thai';
import type { TenantTx } from '../database/tenant-db';
import { NAME_SQL } from './caregivers.sql';

interface VisitRow {
  id: string;
  caregiver_id: string;
  caregiver_name: string;
  recipient_id: string;
  recipient_name: string;
  assignment_id: string;
  visited_on: string;
  minutes: number;
  activities: VisitActivity[];
  note: string | null;
  created_at: Date;
}

const SELECT = `
  SELECT v.id, v.caregiver_id, ${NAME_SQL('cr')} AS caregiver_name, v.recipient_id, ${NAME_SQL('r')} AS recipient_name, v.assignment_id,
         v.visited_on::text, v.minutes, v.activities::text[] AS activities, v.note, v.created_at
  FROM care_visit v
  JOIN caregiver c ON c.lao_id = v.lao_id AND c.id = v.caregiver_id
  JOIN resident cr ON cr.lao_id = c.lao_id AND cr.id = c.resident_id
  JOIN resident r ON r.lao_id = v.lao_id AND r.id = v.recipient_id`;

const toView = (row: VisitRow): CareVisitView => ({
  id: row.id,
  caregiver: { id: row.caregiver_id, name: row.caregiver_name },
  recipient: { id: row.recipient_id, name: row.recipient_name },
  assignmentId: row.assignment_id,
  visitedOn: row.visited_on,
  minutes: row.minutes,
  activities: row.activities,
  note: row.note,
  createdAt: row.created_at.toISOString(),
});

export interface MonthRow {
  recipient_id: string | null;
  name: string | null;
  g_recipient: number;
  visits: number;
  days: number;
  minutes: number;
  hours: string;
}

@Injectable()
export class CareVisitsRepository {
  async insert(tx: TenantTx, dto: CreateCareVisitDto, assignmentId: string, userId: string): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO care_visit (lao_id, assignment_id, caregiver_id, recipient_id, visited_on, minutes, activities, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7::varchar[], $8, $9) RETURNING id`,
      [tx.laoId, assignmentId, dto.caregiverId, dto.recipientId, dto.visitedOn, dto.minutes, dto.activities, dto.note ?? null, userId],
    );
    return row!.id;
  }

  async find(tx: TenantTx, id: string): Promise<CareVisitView | null> {
    const [row] = await tx.query<VisitRow>(`${SELECT} WHERE v.id = $1`, [id]);
    return row ? toView(row) : null;
  }

  /** Newest first. */
  async list(tx: TenantTx, filter: { caregiverId?: string; recipientId?: string; period?: Period }): Promise<CareVisitView[]> {
    const rows = await tx.query<VisitRow>(
      `${SELECT}
       WHERE ($1::uuid IS NULL OR v.caregiver_id = $1) AND ($2::uuid IS NULL OR v.recipient_id = $2)
         AND ($3::date IS NULL OR v.visited_on BETWEEN $3::date AND $4::date)
       ORDER BY v.visited_on DESC, v.created_at DESC, v.id`,
      [filter.caregiverId ?? null, filter.recipientId ?? null, filter.period?.start ?? null, filter.period?.end ?? null],
    );
    return rows.map(toView);
  }

  /**
   * One caregiver's month: visits, distinct days and minutes, in total and per recipient (grouping
   * sets). Recipients assigned in the month but never visited are listed with zeros.
   */
  async month(tx: TenantTx, caregiverId: string, period: Period): Promise<MonthRow[]> {
    return tx.query<MonthRow>(
      `WITH recipients AS (
         SELECT recipient_id FROM care_assignment WHERE caregiver_id = $1 AND from_date <= $3::date AND (to_date IS NULL OR to_date >= $2::date)
         UNION
         SELECT recipient_id FROM care_visit WHERE caregiver_id = $1 AND visited_on BETWEEN $2::date AND $3::date
       )
       SELECT x.recipient_id, ${NAME_SQL('r')} AS name, GROUPING(x.recipient_id) AS g_recipient,
              count(v.id)::int AS visits, count(DISTINCT v.visited_on)::int AS days, coalesce(sum(v.minutes), 0)::int AS minutes,
              round(coalesce(sum(v.minutes), 0) / 60.0, 2) AS hours
       FROM recipients x
       JOIN resident r ON r.id = x.recipient_id
       LEFT JOIN care_visit v ON v.caregiver_id = $1 AND v.recipient_id = x.recipient_id AND v.visited_on BETWEEN $2::date AND $3::date
       GROUP BY GROUPING SETS ((), (x.recipient_id, ${NAME_SQL('r')}))
       ORDER BY g_recipient DESC, name`,
      [caregiverId, period.start, period.end],
    );
  }
}
