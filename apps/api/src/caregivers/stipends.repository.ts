import { Injectable } from '@nestjs/common';
import { CAREGIVER_RULES, expectedVisitDays, type StipendView, type VisitCounts } from '@elderwork/contracts';
import type { Period } from '@elderwork/thai';
import { baht } from '../common/money';
import { sql } from 'kysely';
import { sqlBuilder } from '../database/query-builder';
import type { TenantTx } from '../database/tenant-db';
import { ACTIVE_DAYS_SQL, MONTHLY_STIPEND_SQL, NAME_SQL, PRORATED_SQL } from './caregivers.sql';

interface StipendRow {
  id: string;
  caregiver_id: string;
  name: string;
  month: string;
  monthly_stipend: string;
  days_active: number;
  days_in_month: number;
  amount: string;
  paid_on: string | null;
  created_at: Date;
  visit_days: number;
  visit_minutes: number;
  paid_visit_days: number | null;
  paid_visit_minutes: number | null;
}

/** Distinct visit days and minutes of stipend s's caregiver in its month (the visits as they stand now). */
const MONTH_VISITS_SQL = `SELECT count(DISTINCT v.visited_on)::int AS days, coalesce(sum(v.minutes), 0)::int AS minutes
  FROM care_visit v
  WHERE v.lao_id = s.lao_id AND v.caregiver_id = s.caregiver_id AND v.visited_on BETWEEN s.month AND (s.month + interval '1 month' - interval '1 day')::date`;

const SELECT = `
  SELECT s.id, s.caregiver_id, ${NAME_SQL('r')} AS name, to_char(s.month, 'YYYY-MM') AS month, s.monthly_stipend, s.days_active, s.days_in_month,
         s.amount, s.paid_on::text, s.created_at, vc.days AS visit_days, vc.minutes AS visit_minutes, s.paid_visit_days, s.paid_visit_minutes
  FROM stipend s
  JOIN caregiver c ON c.lao_id = s.lao_id AND c.id = s.caregiver_id
  JOIN resident r ON r.lao_id = c.lao_id AND r.id = c.resident_id
  CROSS JOIN LATERAL (${MONTH_VISITS_SQL}) vc`;

/** minutes / 60 to 2 decimals, exactly: minutes × 100 / 60 = minutes × 5 / 3 never ends in a half. */
const hoursOf = (minutes: number): number => Math.round((minutes * 5) / 3) / 100;
const counts = (days: number, minutes: number): VisitCounts => ({ days, minutes, hours: hoursOf(minutes) });

const toView = (row: StipendRow): StipendView => {
  const normDays = expectedVisitDays(row.days_active, row.days_in_month);
  return {
    id: row.id,
    caregiver: { id: row.caregiver_id, name: row.name },
    month: row.month,
    monthlyStipend: baht(row.monthly_stipend),
    daysActive: row.days_active,
    daysInMonth: row.days_in_month,
    amount: baht(row.amount),
    paidOn: row.paid_on,
    createdAt: row.created_at.toISOString(),
    visits: counts(row.visit_days, row.visit_minutes),
    norm: { days: normDays, hours: normDays * CAREGIVER_RULES.normHoursPerDay },
    belowNorm: row.visit_days < normDays,
    paidVisits: row.paid_visit_days === null || row.paid_visit_minutes === null ? null : counts(row.paid_visit_days, row.paid_visit_minutes),
  };
};

/**
 * One stipend per caregiver active in the month [$1, $2] of LAO $3, made by user $4, for the days
 * active in it (PRORATED_SQL). The unique (lao_id, caregiver_id, month) index with ON CONFLICT DO
 * NOTHING makes a second run (or a concurrent one) create nothing. Returns the new ids.
 */
const GENERATE_STIPENDS_SQL = `WITH eligible AS (
         SELECT c.id, ${MONTHLY_STIPEND_SQL('c')} AS rate, ${ACTIVE_DAYS_SQL('c', '$1::date', '$2::date')} AS days, ($2::date - $1::date + 1) AS days_in_month
         FROM caregiver c WHERE c.lao_id = $3
       )
       INSERT INTO stipend (lao_id, caregiver_id, month, monthly_stipend, days_active, days_in_month, amount, created_by)
       SELECT $3, id, $1::date, rate, days, days_in_month, ${PRORATED_SQL('rate', 'days', 'days_in_month')}, $4 FROM eligible WHERE days > 0
       ON CONFLICT (lao_id, caregiver_id, month) DO NOTHING
       RETURNING id`;

@Injectable()
export class StipendsRepository {
  /** Generates the month's stipends (GENERATE_STIPENDS_SQL); returns the ids it created. */
  async generate(tx: TenantTx, month: Period, userId: string): Promise<string[]> {
    const rows = await tx.query<{ id: string }>(GENERATE_STIPENDS_SQL, [month.start, month.end, tx.laoId, userId]);
    return rows.map((r) => r.id);
  }

  async list(tx: TenantTx, filter: { month?: string; caregiverId?: string }): Promise<StipendView[]> {
    const rows = await tx.query<StipendRow>(
      `${SELECT}
       WHERE ($1::date IS NULL OR s.month = $1::date) AND ($2::uuid IS NULL OR s.caregiver_id = $2)
       ORDER BY s.month DESC, name, s.id`,
      [filter.month ? `${filter.month}-01` : null, filter.caregiverId ?? null],
    );
    return rows.map(toView);
  }

  async find(tx: TenantTx, id: string, lock = false): Promise<StipendView | null> {
    if (lock) await tx.query(`SELECT 1 FROM stipend WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await tx.query<StipendRow>(`${SELECT} WHERE s.id = $1`, [id]);
    return row ? toView(row) : null;
  }

  /**
   * Whether the caregiver's stipend of the month that starts on `monthStart` is paid. Locks the
   * stipend row (FOR SHARE) so that a visit changed now and the stipend being marked paid now are
   * serialised: the paid visit counts never miss a change.
   */
  async isPaid(tx: TenantTx, caregiverId: string, monthStart: string): Promise<boolean> {
    const row = await tx.first(
      sqlBuilder.selectFrom('stipend').select('paid_on').where('caregiver_id', '=', caregiverId).where('month', '=', sql<Date>`${monthStart}::date`).forShare(),
    );
    return row !== null && row.paid_on !== null;
  }

  /** Marks it paid, keeping the month's visit counts it was paid on. */
  async markPaid(tx: TenantTx, id: string, paidOn: string, userId: string, visits: VisitCounts): Promise<void> {
    await tx.query(`UPDATE stipend SET paid_on = $2, paid_by = $3, paid_visit_days = $4, paid_visit_minutes = $5 WHERE id = $1`, [id, paidOn, userId, visits.days, visits.minutes]);
  }
}
