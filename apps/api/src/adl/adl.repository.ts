import { Injectable } from '@nestjs/common';
import { ADL_DEPENDENT_MAX, ADL_GROUP_MIN, ADL_ITEMS, ADL_REASSESSMENT_MONTHS, adlGroupOf, type AdlAssessmentView, type AdlItems } from '@elderwork/contracts';
import type { TenantTx } from '../database/tenant-db';
import { ADL_ITEM_COLUMNS } from './adl-assessment.entity';

/** The ADL group of a Barthel total, in SQL (the same thresholds as adlGroupOf). */
export const ADL_GROUP_SQL = (total: string): string =>
  `CASE WHEN ${total} >= ${ADL_GROUP_MIN.social} THEN 'social' WHEN ${total} >= ${ADL_GROUP_MIN.homebound} THEN 'homebound' ELSE 'bedbound' END`;

/** The date a re-assessment is due, as ISO text. */
export const REASSESSMENT_DUE_SQL = (assessedOn: string): string => `(${assessedOn} + interval '${ADL_REASSESSMENT_MONTHS} months')::date::text`;

/** An elder's latest assessment (latest date, then latest recorded), for a LATERAL join. */
export const LATEST_ADL_SQL = (residentId: string): string => `
  SELECT x.assessed_on, x.total FROM adl_assessment x
  WHERE x.resident_id = ${residentId} ORDER BY x.assessed_on DESC, x.created_at DESC LIMIT 1`;

interface AssessmentRow {
  id: string;
  resident_id: string;
  assessed_on: string;
  total: number;
  due: string;
  note: string | null;
  actor_id: string;
  actor_name: string;
  created_at: Date;
  items: (number | null)[];
}

const SELECT = `
  SELECT a.id, a.resident_id, a.assessed_on::text, a.total, ${REASSESSMENT_DUE_SQL('a.assessed_on')} AS due, a.note, a.created_at,
         u.id AS actor_id, u.display_name AS actor_name, ARRAY[${ADL_ITEM_COLUMNS.map((c) => `a.${c}`).join(', ')}]::int[] AS items
  FROM adl_assessment a JOIN app_user u ON u.id = a.created_by`;

function toView(row: AssessmentRow): AdlAssessmentView {
  const recorded = row.items.every((v) => v !== null);
  return {
    id: row.id,
    residentId: row.resident_id,
    assessedOn: row.assessed_on,
    items: recorded ? (Object.fromEntries(ADL_ITEMS.map((item, i) => [item, row.items[i]])) as AdlItems) : null,
    total: row.total,
    group: adlGroupOf(row.total),
    dependent: row.total <= ADL_DEPENDENT_MAX,
    reassessmentDueOn: row.due,
    note: row.note,
    assessedBy: { id: row.actor_id, displayName: row.actor_name },
    createdAt: row.created_at.toISOString(),
  };
}

/** Barthel ADL assessments (append-only). */
@Injectable()
export class AdlRepository {
  async insert(tx: TenantTx, a: { residentId: string; assessedOn: string; items: AdlItems | null; total: number; note: string | null }, userId: string): Promise<string> {
    const scores = ADL_ITEMS.map((item) => a.items?.[item] ?? null);
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO adl_assessment (lao_id, resident_id, assessed_on, ${ADL_ITEM_COLUMNS.join(', ')}, total, note, created_by)
       VALUES ($1, $2, $3, ${ADL_ITEM_COLUMNS.map((_, i) => `$${i + 4}`).join(', ')}, $14, $15, $16) RETURNING id`,
      [tx.laoId, a.residentId, a.assessedOn, ...scores, a.total, a.note, userId],
    );
    return row!.id;
  }

  async find(tx: TenantTx, id: string): Promise<AdlAssessmentView | null> {
    const [row] = await tx.query<AssessmentRow>(`${SELECT} WHERE a.id = $1`, [id]);
    return row ? toView(row) : null;
  }

  /** Newest first. */
  async listForResident(tx: TenantTx, residentId: string): Promise<AdlAssessmentView[]> {
    const rows = await tx.query<AssessmentRow>(`${SELECT} WHERE a.resident_id = $1 ORDER BY a.assessed_on DESC, a.created_at DESC`, [residentId]);
    return rows.map(toView);
  }

  /** The caregiver of the elder's assignment that has not ended, if any (a caregiver's name: prefix, first and last). */
  async openCaregiverOf(tx: TenantTx, residentId: string): Promise<string | null> {
    const [row] = await tx.query<{ name: string }>(
      `SELECT r.prefix || r.first_name || ' ' || r.last_name AS name
       FROM care_assignment a
       JOIN caregiver c ON c.lao_id = a.lao_id AND c.id = a.caregiver_id
       JOIN resident r ON r.lao_id = c.lao_id AND r.id = c.resident_id
       WHERE a.recipient_id = $1 AND a.to_date IS NULL ORDER BY a.from_date LIMIT 1`,
      [residentId],
    );
    return row?.name ?? null;
  }

  async latest(tx: TenantTx, residentId: string): Promise<{ assessedOn: string; total: number } | null> {
    const [row] = await tx.query<{ assessed_on: string; total: number }>(
      `SELECT l.assessed_on::text, l.total FROM (${LATEST_ADL_SQL('$1')}) l`,
      [residentId],
    );
    return row ? { assessedOn: row.assessed_on, total: row.total } : null;
  }
}
