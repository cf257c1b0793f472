import { Injectable } from '@nestjs/common';
import type { IncomeRecordList, IncomeRecordQueryDto, IncomeRecordView, IncomeSource, SalesChannel } from '@elderwork/contracts';
import { baht } from '../../common/money';
import type { TenantTx } from '../../database/tenant-db';
import { ELDER_NAME_SQL } from '../elders.repository';

/** One line to write: an elder's income of a month from one source × product × channel × job placement. */
export interface IncomeLine {
  residentId: string;
  /** 'YYYY-MM'. */
  month: string;
  amount: number;
  source: IncomeSource;
  productId?: string | null;
  channel: SalesChannel;
  jobPlacementId?: string | null;
  note?: string | null;
}

interface RecordRow {
  id: string;
  resident_id: string;
  name: string;
  national_id: string;
  month: string;
  amount: string;
  source: IncomeSource;
  product_id: string | null;
  product_name: string | null;
  channel: SalesChannel;
  job_placement_id: string | null;
  note: string | null;
  created_at: Date;
  updated_at: Date;
}

const FROM = `
  FROM income_record ir
  JOIN resident r ON r.lao_id = ir.lao_id AND r.id = ir.resident_id
  LEFT JOIN product p ON p.lao_id = ir.lao_id AND p.id = ir.product_id`;

const SELECT = `
  SELECT ir.id, ir.resident_id, ${ELDER_NAME_SQL('r')} AS name, r.national_id, to_char(ir.month, 'YYYY-MM') AS month, ir.amount, ir.source,
         ir.product_id, p.name AS product_name, ir.channel, ir.job_placement_id, ir.note, ir.created_at, ir.updated_at ${FROM}`;

/** $1 month (first day), $2 resident, $3 product, $4 job placement, $5 source, $6 channel. */
const WHERE = `
  WHERE ($1::date IS NULL OR ir.month = $1::date) AND ($2::uuid IS NULL OR ir.resident_id = $2::uuid)
    AND ($3::uuid IS NULL OR ir.product_id = $3::uuid) AND ($4::uuid IS NULL OR ir.job_placement_id = $4::uuid)
    AND ($5::text IS NULL OR ir.source = $5) AND ($6::text IS NULL OR ir.channel = $6)`;

const toView = (r: RecordRow): IncomeRecordView => ({
  id: r.id,
  resident: { id: r.resident_id, name: r.name, nationalId: r.national_id },
  month: r.month,
  amount: baht(r.amount),
  source: r.source,
  product: r.product_id ? { id: r.product_id, name: r.product_name ?? '' } : null,
  channel: r.channel,
  jobPlacementId: r.job_placement_id,
  note: r.note,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

const firstDay = (month: string): string => `${month}-01`;

/** Columns of the unnest() that feeds the upsert, in order. */
const LINE_ARRAYS = `unnest($2::uuid[], $3::date[], $4::numeric[], $5::text[], $6::uuid[], $7::text[], $8::uuid[], $9::text[])
  AS t(resident_id, month, amount, source, product_id, channel, job_placement_id, note)`;

const SAME_LINE = (a: string, b: string): string =>
  `${a}.resident_id = ${b}.resident_id AND ${a}.month = ${b}.month AND ${a}.source = ${b}.source AND ${a}.channel = ${b}.channel
   AND ${a}.product_id IS NOT DISTINCT FROM ${b}.product_id AND ${a}.job_placement_id IS NOT DISTINCT FROM ${b}.job_placement_id`;

/** Income records; lines are written in bulk with one statement. */
@Injectable()
export class IncomeRecordsRepository {
  async list(tx: TenantTx, query: IncomeRecordQueryDto): Promise<IncomeRecordList> {
    const params = [query.month ? firstDay(query.month) : null, query.residentId ?? null, query.productId ?? null, query.jobPlacementId ?? null,
      query.source ?? null, query.channel ?? null];
    const rows = await tx.query<RecordRow>(`${SELECT} ${WHERE} ORDER BY ir.month, r.first_name, r.last_name, r.id, ir.source, p.name, ir.channel, ir.id`, params);
    const [totals] = await tx.query<{ total: string; persons: string; amount: string }>(
      `SELECT count(*) AS total, count(DISTINCT ir.resident_id) AS persons, coalesce(sum(ir.amount), 0) AS amount ${FROM} ${WHERE}`,
      params,
    );
    return { items: rows.map(toView), total: Number(totals?.total ?? 0), persons: Number(totals?.persons ?? 0), amount: baht(totals?.amount) };
  }

  async find(tx: TenantTx, id: string): Promise<IncomeRecordView | null> {
    const [row] = await tx.query<RecordRow>(`${SELECT} WHERE ir.id = $1`, [id]);
    return row ? toView(row) : null;
  }

  /** The record holding the same line, if any. */
  async findLine(tx: TenantTx, line: IncomeLine): Promise<string | null> {
    const [row] = await tx.query<{ id: string }>(
      `SELECT id FROM income_record
       WHERE resident_id = $1 AND month = $2::date AND source = $3 AND product_id IS NOT DISTINCT FROM $4::uuid AND channel = $5
         AND job_placement_id IS NOT DISTINCT FROM $6::uuid`,
      [line.residentId, firstDay(line.month), line.source, line.productId ?? null, line.channel, line.jobPlacementId ?? null],
    );
    return row?.id ?? null;
  }

  /** Inserts the line unless it is there already; returns the new id or null. */
  async insert(tx: TenantTx, line: IncomeLine, userId: string): Promise<string | null> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO income_record (lao_id, resident_id, month, amount, source, product_id, channel, job_placement_id, note, created_by)
       SELECT $1, t.*, $10 FROM ${LINE_ARRAYS}
       ON CONFLICT (lao_id, resident_id, month, source, product_id, channel, job_placement_id) DO NOTHING RETURNING id`,
      [tx.laoId, ...this.arrays([line]), userId],
    );
    return row?.id ?? null;
  }

  async delete(tx: TenantTx, id: string): Promise<void> {
    await tx.query(`DELETE FROM income_record WHERE id = $1`, [id]);
  }

  /**
   * Upserts the lines (amount and note of an existing line are updated only when they differ).
   * With `replace`, the month's other lines of the given elders are deleted in the same statement.
   */
  async write(
    tx: TenantTx, lines: readonly IncomeLine[], userId: string, replace?: { month: string; residentIds: readonly string[] },
  ): Promise<{ inserted: number; updated: number; deleted: number }> {
    const [counts] = await tx.query<{ inserted: string; updated: string; deleted: string }>(
      `WITH incoming AS (SELECT * FROM ${LINE_ARRAYS}),
       removed AS (
         DELETE FROM income_record ir
         WHERE $11::date IS NOT NULL AND ir.month = $11::date AND ir.resident_id = ANY($12::uuid[])
           AND NOT EXISTS (SELECT 1 FROM incoming i WHERE ${SAME_LINE('i', 'ir')})
         RETURNING 1),
       upserted AS (
         INSERT INTO income_record (lao_id, resident_id, month, amount, source, product_id, channel, job_placement_id, note, created_by)
         SELECT $1, resident_id, month, amount, source, product_id, channel, job_placement_id, note, $10 FROM incoming
         ON CONFLICT (lao_id, resident_id, month, source, product_id, channel, job_placement_id) DO UPDATE
           SET amount = EXCLUDED.amount, note = EXCLUDED.note, updated_at = now()
           WHERE (income_record.amount, income_record.note) IS DISTINCT FROM (EXCLUDED.amount, EXCLUDED.note)
         RETURNING (xmax = 0) AS is_new)
       SELECT (SELECT count(*) FROM removed) AS deleted, count(*) FILTER (WHERE is_new) AS inserted, count(*) FILTER (WHERE NOT is_new) AS updated
       FROM upserted`,
      [tx.laoId, ...this.arrays(lines), userId, replace ? firstDay(replace.month) : null, replace?.residentIds ?? []],
    );
    return { inserted: Number(counts?.inserted ?? 0), updated: Number(counts?.updated ?? 0), deleted: Number(counts?.deleted ?? 0) };
  }

  /** The eight parallel arrays of LINE_ARRAYS ($2 … $9). Amounts go as exact decimal strings. */
  private arrays(lines: readonly IncomeLine[]): unknown[] {
    return [
      lines.map((l) => l.residentId),
      lines.map((l) => firstDay(l.month)),
      lines.map((l) => l.amount.toFixed(2)),
      lines.map((l) => l.source),
      lines.map((l) => l.productId ?? null),
      lines.map((l) => l.channel),
      lines.map((l) => l.jobPlacementId ?? null),
      lines.map((l) => l.note ?? null),
    ];
  }
}
