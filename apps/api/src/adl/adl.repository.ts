import { Injectable } from '@nestjs/common';
import { ADL_DEPENDENT_MAX, ADL_GROUP_MIN, ADL_ITEMS, ADL_REASSESSMENT_MONTHS, adlGroupOf, type AdlAssessmentView, type AdlItems } from '@elderwork/contracts';
import { sql, type InferResult } from 'kysely';
import { sqlBuilder } from '../database/query-builder';
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

/** An assessment with its assessor and its items in catalogue order (typed from the schema). */
const assessments = () =>
  sqlBuilder
    .selectFrom('adl_assessment as a')
    .innerJoin('app_user as u', 'u.id', 'a.created_by')
    .select([
      'a.id',
      'a.resident_id',
      sql<string>`a.assessed_on::text`.as('assessed_on'),
      'a.total',
      sql<string>`${sql.raw(REASSESSMENT_DUE_SQL('a.assessed_on'))}`.as('due'),
      'a.note',
      'a.created_at',
      'u.id as actor_id',
      'u.display_name as actor_name',
      sql<(number | null)[]>`ARRAY[${sql.join(ADL_ITEM_COLUMNS.map((c) => sql.ref(`a.${c}`)))}]::int[]`.as('items'),
    ]);

type AssessmentRow = InferResult<ReturnType<typeof assessments>>[number];

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
    const scores = Object.fromEntries(ADL_ITEM_COLUMNS.map((column, i) => [column, a.items?.[ADL_ITEMS[i]!] ?? null]));
    const row = await tx.one(
      sqlBuilder
        .insertInto('adl_assessment')
        .values({ lao_id: tx.laoId, resident_id: a.residentId, assessed_on: a.assessedOn, ...scores, total: a.total, note: a.note, created_by: userId })
        .returning('id'),
    );
    return row.id;
  }

  async find(tx: TenantTx, id: string): Promise<AdlAssessmentView | null> {
    const row = await tx.first(assessments().where('a.id', '=', id));
    return row ? toView(row) : null;
  }

  /** Newest first. */
  async listForResident(tx: TenantTx, residentId: string): Promise<AdlAssessmentView[]> {
    const rows = await tx.rows(assessments().where('a.resident_id', '=', residentId).orderBy('a.assessed_on', 'desc').orderBy('a.created_at', 'desc'));
    return rows.map(toView);
  }

  /** The caregiver of the elder's assignment that has not ended, if any (a caregiver's name: prefix, first and last). */
  async openCaregiverOf(tx: TenantTx, residentId: string): Promise<string | null> {
    const row = await tx.first(
      sqlBuilder
        .selectFrom('care_assignment as a')
        .innerJoin('caregiver as c', (j) => j.onRef('c.lao_id', '=', 'a.lao_id').onRef('c.id', '=', 'a.caregiver_id'))
        .innerJoin('resident as r', (j) => j.onRef('r.lao_id', '=', 'c.lao_id').onRef('r.id', '=', 'c.resident_id'))
        .select(sql<string>`r.prefix || r.first_name || ' ' || r.last_name`.as('name'))
        .where('a.recipient_id', '=', residentId)
        .where('a.to_date', 'is', null)
        .orderBy('a.from_date')
        .limit(1),
    );
    return row?.name ?? null;
  }

  async latest(tx: TenantTx, residentId: string): Promise<{ assessedOn: string; total: number } | null> {
    const row = await tx.first(
      sqlBuilder
        .selectFrom('adl_assessment')
        .select([sql<string>`assessed_on::text`.as('assessedOn'), 'total'])
        .where('resident_id', '=', residentId)
        .orderBy('assessed_on', 'desc')
        .orderBy('created_at', 'desc')
        .limit(1),
    );
    return row;
  }
}
