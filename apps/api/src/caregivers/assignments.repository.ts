import { Injectable } from '@nestjs/common';
import { adlGroupOf, type CareAssignmentView, type Sex } from '@elderwork/contracts';
import { LATEST_ADL_SQL, REASSESSMENT_DUE_SQL } from '../adl/adl.repository';
import type { TenantTx } from '../database/tenant-db';
import { AGE_SQL, CURRENT_ON_SQL, NAME_SQL } from './caregivers.sql';

interface AssignmentRow {
  id: string;
  caregiver_id: string;
  recipient_id: string;
  name: string;
  national_id: string;
  sex: Sex;
  age: number;
  house_no: string | null;
  moo: number | null;
  village: string | null;
  from_date: string;
  to_date: string | null;
  end_reason: string | null;
  current: boolean;
  adl_on: string | null;
  adl_total: number | null;
  adl_due: string | null;
}

/** $1 is today. */
const SELECT = `
  SELECT a.id, a.caregiver_id, a.recipient_id, ${NAME_SQL('r')} AS name, r.national_id, r.sex, ${AGE_SQL('r.birth_date', '$1::date')} AS age,
         r.house_no, r.moo, r.village, a.from_date::text, a.to_date::text, a.end_reason, ${CURRENT_ON_SQL('a', '$1::date')} AS current,
         l.assessed_on::text AS adl_on, l.total AS adl_total, ${REASSESSMENT_DUE_SQL('l.assessed_on')} AS adl_due
  FROM care_assignment a
  JOIN resident r ON r.lao_id = a.lao_id AND r.id = a.recipient_id
  LEFT JOIN LATERAL (${LATEST_ADL_SQL('a.recipient_id')}) l ON true`;

function toView(row: AssignmentRow): CareAssignmentView {
  return {
    id: row.id,
    caregiverId: row.caregiver_id,
    recipient: { id: row.recipient_id, name: row.name, nationalId: row.national_id, sex: row.sex, age: row.age, houseNo: row.house_no, moo: row.moo, village: row.village },
    from: row.from_date,
    to: row.to_date,
    endReason: row.end_reason,
    current: row.current,
    latestAdl:
      row.adl_on !== null && row.adl_total !== null && row.adl_due !== null
        ? { assessedOn: row.adl_on, total: row.adl_total, group: adlGroupOf(row.adl_total), reassessmentDueOn: row.adl_due }
        : null,
  };
}

/** Which dependent elders a caregiver looks after, and when. */
@Injectable()
export class AssignmentsRepository {
  /** Current first, then the most recent. */
  async listForCaregiver(tx: TenantTx, today: string, caregiverId: string): Promise<CareAssignmentView[]> {
    const rows = await tx.query<AssignmentRow>(`${SELECT} WHERE a.caregiver_id = $2 ORDER BY current DESC, a.from_date DESC, name, a.id`, [today, caregiverId]);
    return rows.map(toView);
  }

  async find(tx: TenantTx, today: string, id: string): Promise<CareAssignmentView | null> {
    const [row] = await tx.query<AssignmentRow>(`${SELECT} WHERE a.id = $2`, [today, id]);
    return row ? toView(row) : null;
  }

  /**
   * The most recipients the caregiver would have at once from `from` on, not counting a new one.
   * Counts change only where an assignment starts, so the maximum is reached at `from` or at a later start.
   */
  async maxConcurrent(tx: TenantTx, caregiverId: string, from: string): Promise<number> {
    const [row] = await tx.query<{ n: number }>(
      `SELECT coalesce(max(n), 0)::int AS n FROM (
         SELECT p.day, count(a.id) AS n
         FROM (SELECT $2::date AS day UNION SELECT from_date FROM care_assignment WHERE caregiver_id = $1 AND from_date > $2::date) p
         JOIN care_assignment a ON a.caregiver_id = $1 AND ${CURRENT_ON_SQL('a', 'p.day')}
         GROUP BY p.day) x`,
      [caregiverId, from],
    );
    return row?.n ?? 0;
  }

  /** An assignment of the elder (with any caregiver) that is current on `from` or starts later. */
  async findRecipientOverlap(tx: TenantTx, recipientId: string, from: string): Promise<{ id: string; caregiverName: string } | null> {
    const [row] = await tx.query<{ id: string; caregiver_name: string }>(
      `SELECT a.id, ${NAME_SQL('r')} AS caregiver_name
       FROM care_assignment a
       JOIN caregiver c ON c.lao_id = a.lao_id AND c.id = a.caregiver_id
       JOIN resident r ON r.lao_id = c.lao_id AND r.id = c.resident_id
       WHERE a.recipient_id = $1 AND (a.to_date IS NULL OR a.to_date >= $2::date)
       ORDER BY a.from_date LIMIT 1`,
      [recipientId, from],
    );
    return row ? { id: row.id, caregiverName: row.caregiver_name } : null;
  }

  async insert(tx: TenantTx, a: { caregiverId: string; recipientId: string; from: string }, userId: string): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO care_assignment (lao_id, caregiver_id, recipient_id, from_date, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [tx.laoId, a.caregiverId, a.recipientId, a.from, userId],
    );
    return row!.id;
  }

  /** The caregiver's open assignment of the elder, locked, with its last visit. */
  async findOpen(tx: TenantTx, caregiverId: string, recipientId: string): Promise<{ id: string; from: string; lastVisit: string | null } | null> {
    const [row] = await tx.query<{ id: string; from_date: string }>(
      `SELECT id, from_date::text FROM care_assignment WHERE caregiver_id = $1 AND recipient_id = $2 AND to_date IS NULL FOR UPDATE`,
      [caregiverId, recipientId],
    );
    if (!row) return null;
    const [visit] = await tx.query<{ last: string | null }>(`SELECT max(visited_on)::text AS last FROM care_visit WHERE assignment_id = $1`, [row.id]);
    return { id: row.id, from: row.from_date, lastVisit: visit?.last ?? null };
  }

  async end(tx: TenantTx, id: string, to: string, reason: string | null): Promise<void> {
    await tx.query(`UPDATE care_assignment SET to_date = $2, end_reason = $3 WHERE id = $1`, [id, to, reason]);
  }

  /** The assignment of this caregiver and elder that is current on `day`. */
  async currentOn(tx: TenantTx, caregiverId: string, recipientId: string, day: string): Promise<string | null> {
    const [row] = await tx.query<{ id: string }>(
      `SELECT a.id FROM care_assignment a WHERE a.caregiver_id = $1 AND a.recipient_id = $2 AND ${CURRENT_ON_SQL('a', '$3::date')} LIMIT 1`,
      [caregiverId, recipientId, day],
    );
    return row?.id ?? null;
  }
}
