import { Injectable } from '@nestjs/common';
import type { StipendView } from '@elderwork/contracts';
import type { Period } from '@elderwork/thai';
import { baht } from '../common/money';
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
}

const SELECT = `
  SELECT s.id, s.caregiver_id, ${NAME_SQL('r')} AS name, to_char(s.month, 'YYYY-MM') AS month, s.monthly_stipend, s.days_active, s.days_in_month,
         s.amount, s.paid_on::text, s.created_at
  FROM stipend s
  JOIN caregiver c ON c.lao_id = s.lao_id AND c.id = s.caregiver_id
  JOIN resident r ON r.lao_id = c.lao_id AND r.id = c.resident_id`;

const toView = (row: StipendRow): StipendView => ({
  id: row.id,
  caregiver: { id: row.caregiver_id, name: row.name },
  month: row.month,
  monthlyStipend: baht(row.monthly_stipend),
  daysActive: row.days_active,
  daysInMonth: row.days_in_month,
  amount: baht(row.amount),
  paidOn: row.paid_on,
  createdAt: row.created_at.toISOString(),
});

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

  async markPaid(tx: TenantTx, id: string, paidOn: string, userId: string): Promise<void> {
    await tx.query(`UPDATE stipend SET paid_on = $2, paid_by = $3 WHERE id = $1`, [id, paidOn, userId]);
  }
}
