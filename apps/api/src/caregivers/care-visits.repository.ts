import { Injectable } from '@nestjs/common';
import { sql, type InferResult } from 'kysely';
import type { CareVisitView, CreateCareVisitDto, VisitActivity } from '@elderwork/contracts';
import type { Period } from '@elderwork/thai';
import { sqlBuilder } from '../database/query-builder';
import type { TenantTx } from '../database/tenant-db';
import { NAME_SQL } from './caregivers.sql';

/** A visit with its caregiver's and recipient's names (typed from the schema, decision 0059). */
const visits = () =>
  sqlBuilder
    .selectFrom('care_visit as v')
    .innerJoin('caregiver as c', (j) => j.onRef('c.lao_id', '=', 'v.lao_id').onRef('c.id', '=', 'v.caregiver_id'))
    .innerJoin('resident as cr', (j) => j.onRef('cr.lao_id', '=', 'c.lao_id').onRef('cr.id', '=', 'c.resident_id'))
    .innerJoin('resident as r', (j) => j.onRef('r.lao_id', '=', 'v.lao_id').onRef('r.id', '=', 'v.recipient_id'))
    .select([
      'v.id',
      'v.caregiver_id',
      sql<string>`${sql.raw(NAME_SQL('cr'))}`.as('caregiver_name'),
      'v.recipient_id',
      sql<string>`${sql.raw(NAME_SQL('r'))}`.as('recipient_name'),
      'v.assignment_id',
      sql<string>`v.visited_on::text`.as('visited_on'),
      'v.minutes',
      sql<VisitActivity[]>`v.activities::text[]`.as('activities'),
      'v.note',
      'v.created_at',
      'v.version',
      'v.updated_at',
    ]);

const toView = (row: InferResult<ReturnType<typeof visits>>[number]): CareVisitView => ({
  id: row.id,
  caregiver: { id: row.caregiver_id, name: row.caregiver_name },
  recipient: { id: row.recipient_id, name: row.recipient_name },
  assignmentId: row.assignment_id,
  visitedOn: row.visited_on,
  minutes: row.minutes,
  activities: row.activities,
  note: row.note,
  createdAt: row.created_at.toISOString(),
  version: row.version,
  updatedAt: row.updated_at?.toISOString() ?? null,
});

/** Visits, distinct days and minutes of a caregiver's month, in total or for one recipient. */
export interface MonthCounts {
  visits: number;
  days: number;
  minutes: number;
  hours: number;
}

export interface CaregiverMonth {
  total: MonthCounts;
  byRecipient: (MonthCounts & { id: string; name: string })[];
}

interface MonthRow {
  recipient_id: string | null;
  name: string | null;
  g_recipient: number;
  visits: number;
  days: number;
  minutes: number;
  hours: string;
}

const counts = (r: MonthRow): MonthCounts => ({ visits: r.visits, days: r.days, minutes: r.minutes, hours: Number(r.hours) });

export interface VisitCorrection {
  visitedOn: string;
  assignmentId: string;
  minutes: number;
  activities: VisitActivity[];
  note: string | null;
}

@Injectable()
export class CareVisitsRepository {
  async insert(tx: TenantTx, dto: CreateCareVisitDto, assignmentId: string, userId: string): Promise<string> {
    const row = await tx.one(
      sqlBuilder
        .insertInto('care_visit')
        .values({
          lao_id: tx.laoId,
          assignment_id: assignmentId,
          caregiver_id: dto.caregiverId,
          recipient_id: dto.recipientId,
          visited_on: dto.visitedOn,
          minutes: dto.minutes,
          activities: sql<string[]>`${dto.activities}::varchar[]`,
          note: dto.note ?? null,
          created_by: userId,
        })
        .returning('id'),
    );
    return row.id;
  }

  async find(tx: TenantTx, id: string, lock = false): Promise<CareVisitView | null> {
    if (lock) await tx.rows(sqlBuilder.selectFrom('care_visit').select('id').where('id', '=', id).forUpdate());
    const row = await tx.first(visits().where('v.id', '=', id));
    return row ? toView(row) : null;
  }

  /** Newest first. */
  async list(tx: TenantTx, filter: { caregiverId?: string; recipientId?: string; period?: Period }): Promise<CareVisitView[]> {
    let query = visits();
    if (filter.caregiverId) query = query.where('v.caregiver_id', '=', filter.caregiverId);
    if (filter.recipientId) query = query.where('v.recipient_id', '=', filter.recipientId);
    if (filter.period) query = query.where(sql<boolean>`v.visited_on BETWEEN ${filter.period.start}::date AND ${filter.period.end}::date`);
    const rows = await tx.rows(query.orderBy('v.visited_on', 'desc').orderBy('v.created_at', 'desc').orderBy('v.id'));
    return rows.map(toView);
  }

  async update(tx: TenantTx, id: string, change: VisitCorrection, userId: string): Promise<void> {
    await tx.rows(
      sqlBuilder
        .updateTable('care_visit')
        .set({
          visited_on: change.visitedOn,
          assignment_id: change.assignmentId,
          minutes: change.minutes,
          activities: sql<string[]>`${change.activities}::varchar[]`,
          note: change.note,
          version: sql<number>`version + 1`,
          updated_by: userId,
          updated_at: sql<Date>`now()`,
        })
        .where('id', '=', id),
    );
  }

  async delete(tx: TenantTx, id: string): Promise<void> {
    await tx.rows(sqlBuilder.deleteFrom('care_visit').where('id', '=', id));
  }

  /**
   * One caregiver's month: visits, distinct days and minutes, in total and per recipient (grouping
   * sets). Recipients assigned in the month but never visited are listed with zeros.
   */
  async month(tx: TenantTx, caregiverId: string, period: Period): Promise<CaregiverMonth> {
    const rows = await tx.query<MonthRow>(
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
    const total = rows.find((r) => Number(r.g_recipient) === 1);
    return {
      total: total ? counts(total) : { visits: 0, days: 0, minutes: 0, hours: 0 },
      byRecipient: rows.flatMap((r) => (Number(r.g_recipient) === 0 && r.recipient_id !== null && r.name !== null ? [{ id: r.recipient_id, name: r.name, ...counts(r) }] : [])),
    };
  }
}
