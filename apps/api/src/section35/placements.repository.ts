import { Injectable } from '@nestjs/common';
import type { CreatePlacementDto, Modality, PaymentView, PlacementQueryDto, PlacementStatus, PlacementView } from '@elderwork/contracts';
import type { Period } from '@elderwork/thai';
import { baht } from '../common/money';
import type { TenantTx } from '../database/tenant-db';

/** The last day a placement counts: its end, or the day it was terminated. */
const EFFECTIVE_END = `coalesce(pl.terminated_on, pl.end_date)`;

interface PlacementRow {
  id: string;
  resident_id: string;
  resident_name: string;
  national_id: string;
  disability_type: string | null;
  employer_id: string;
  employer_name: string;
  modality: Modality;
  status: PlacementStatus;
  start_date: string;
  end_date: string;
  terminated_on: string | null;
  termination_reason: string | null;
  daily_rate: string;
  contract_no: string | null;
  note: string | null;
  concurrent: boolean;
  concurrent_reason: string | null;
  days: number;
  value: string;
  paid_to_date: string;
  days_in_period: number;
  value_in_period: string;
  version: number;
}

/** Placements with their value computed by counted_days() in PostgreSQL, whole and within `period`. */
const SELECT = `
  SELECT pl.id, pl.resident_id, r.prefix || r.first_name || ' ' || r.last_name AS resident_name, r.national_id, r.disability_type,
         pl.employer_id, e.name AS employer_name, pl.modality, pl.status, pl.start_date::text, pl.end_date::text,
         pl.terminated_on::text, pl.termination_reason, pl.daily_rate, pl.contract_no, pl.note, pl.version,
         pl.concurrent, pl.concurrent_reason,
         counted_days(pl.start_date, ${EFFECTIVE_END}) AS days,
         round(pl.daily_rate * counted_days(pl.start_date, ${EFFECTIVE_END}), 2) AS value,
         coalesce((SELECT sum(pay.amount) FROM payment pay WHERE pay.lao_id = pl.lao_id AND pay.placement_id = pl.id), 0) AS paid_to_date,
         counted_days(greatest(pl.start_date, $1::date), least(${EFFECTIVE_END}, $2::date)) AS days_in_period,
         round(pl.daily_rate * counted_days(greatest(pl.start_date, $1::date), least(${EFFECTIVE_END}, $2::date)), 2) AS value_in_period
  FROM placement pl
  JOIN resident r ON r.lao_id = pl.lao_id AND r.id = pl.resident_id
  JOIN employer e ON e.lao_id = pl.lao_id AND e.id = pl.employer_id`;

/** Another placement of the same person whose counted dates overlap a new one's. */
export interface OverlappingPlacement {
  id: string;
  employerId: string;
  employerName: string;
  startDate: string;
  /** The last counted day: the termination date if terminated, else the end date. */
  endDate: string;
}

const ALL_TIME: Period = { start: '1900-01-01', end: '2200-12-31' };

function toView(row: PlacementRow, payments: PaymentView[] = []): PlacementView {
  return {
    id: row.id,
    resident: { id: row.resident_id, name: row.resident_name, nationalId: row.national_id, disabilityType: row.disability_type },
    employer: { id: row.employer_id, name: row.employer_name },
    modality: row.modality,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    terminatedOn: row.terminated_on,
    terminationReason: row.termination_reason,
    dailyRate: baht(row.daily_rate),
    contractNo: row.contract_no,
    note: row.note,
    concurrent: row.concurrent,
    concurrentReason: row.concurrent_reason,
    days: row.days,
    value: baht(row.value),
    paidToDate: baht(row.paid_to_date),
    daysInPeriod: row.days_in_period,
    valueInPeriod: baht(row.value_in_period),
    payments,
    version: row.version,
  };
}

@Injectable()
export class PlacementsRepository {
  async list(tx: TenantTx, query: PlacementQueryDto, period: Period | null): Promise<PlacementView[]> {
    const p = period ?? ALL_TIME;
    const rows = await tx.query<PlacementRow>(
      `${SELECT}
       WHERE pl.start_date <= $2::date AND ${EFFECTIVE_END} >= $1::date
         AND ($3::text IS NULL OR pl.modality = $3) AND ($4::uuid IS NULL OR pl.employer_id = $4)
         AND ($5::text IS NULL OR pl.status = $5) AND ($6::uuid IS NULL OR pl.resident_id = $6)
       ORDER BY pl.start_date DESC, resident_name, pl.id`,
      [p.start, p.end, query.modality ?? null, query.employerId ?? null, query.status ?? null, query.residentId ?? null],
    );
    return rows.map((row) => toView(row));
  }

  async find(tx: TenantTx, id: string, lock = false): Promise<PlacementView | null> {
    if (lock) await tx.query(`SELECT 1 FROM placement WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await tx.query<PlacementRow>(`${SELECT} WHERE pl.id = $3`, [ALL_TIME.start, ALL_TIME.end, id]);
    return row ? toView(row, await this.payments(tx, id)) : null;
  }

  private async payments(tx: TenantTx, placementId: string): Promise<PaymentView[]> {
    const rows = await tx.query<{ id: string; paid_on: string; amount: string; reference: string | null; created_at: Date }>(
      `SELECT id, paid_on::text, amount, reference, created_at FROM payment WHERE placement_id = $1 ORDER BY paid_on, created_at`,
      [placementId],
    );
    return rows.map((r) => ({ id: r.id, paidOn: r.paid_on, amount: baht(r.amount), reference: r.reference, createdAt: r.created_at.toISOString() }));
  }

  /**
   * The person's placements, with any employer, whose counted dates (up to the termination date of a
   * terminated one) overlap [start, end]: those with `employerId` first, then by start date.
   */
  async findOverlapping(tx: TenantTx, residentId: string, employerId: string, start: string, end: string): Promise<OverlappingPlacement[]> {
    const rows = await tx.query<{ id: string; employer_id: string; employer_name: string; start_date: string; end_date: string }>(
      `SELECT pl.id, pl.employer_id, e.name AS employer_name, pl.start_date::text, ${EFFECTIVE_END}::text AS end_date
       FROM placement pl
       JOIN employer e ON e.lao_id = pl.lao_id AND e.id = pl.employer_id
       WHERE pl.resident_id = $1 AND pl.start_date <= $4::date AND ${EFFECTIVE_END} >= $3::date
       ORDER BY pl.employer_id = $2 DESC, pl.start_date, pl.id`,
      [residentId, employerId, start, end],
    );
    return rows.map((r) => ({ id: r.id, employerId: r.employer_id, employerName: r.employer_name, startDate: r.start_date, endDate: r.end_date }));
  }

  async insert(tx: TenantTx, dto: CreatePlacementDto & { dailyRate: number; concurrent: boolean; concurrentReason: string | null }): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO placement (lao_id, resident_id, employer_id, modality, start_date, end_date, daily_rate, contract_no, note, concurrent, concurrent_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        tx.laoId, dto.residentId, dto.employerId, dto.modality, dto.startDate, dto.endDate, dto.dailyRate.toFixed(2),
        dto.contractNo ?? null, dto.note ?? null, dto.concurrent, dto.concurrentReason,
      ],
    );
    return row!.id;
  }

  async update(
    tx: TenantTx,
    id: string,
    change: { status?: PlacementStatus; terminatedOn?: string | null; terminationReason?: string | null; contractNo?: string | null; note?: string | null },
  ): Promise<void> {
    const sets = Object.entries({
      status: change.status,
      terminated_on: change.terminatedOn,
      termination_reason: change.terminationReason,
      contract_no: change.contractNo,
      note: change.note,
    }).filter(([, v]) => v !== undefined);
    await tx.query(
      `UPDATE placement SET ${sets.map(([column], i) => `${column} = $${i + 2}`).join(', ')}${sets.length ? ', ' : ''}version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, ...sets.map(([, v]) => v)],
    );
  }

  async insertPayment(tx: TenantTx, placementId: string, payment: { paidOn: string; amount: number; reference?: string | null }, userId: string): Promise<PaymentView> {
    const [r] = await tx.query<{ id: string; paid_on: string; amount: string; reference: string | null; created_at: Date }>(
      `INSERT INTO payment (lao_id, placement_id, paid_on, amount, reference, created_by) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id, paid_on::text, amount, reference, created_at`,
      [tx.laoId, placementId, payment.paidOn, payment.amount.toFixed(2), payment.reference ?? null, userId],
    );
    return { id: r!.id, paidOn: r!.paid_on, amount: baht(r!.amount), reference: r!.reference, createdAt: r!.created_at.toISOString() };
  }

  /** Value up to a termination date, for checking that payments made so far still fit. */
  async valueUntil(tx: TenantTx, id: string, lastDay: string): Promise<number> {
    const [row] = await tx.query<{ value: string }>(
      `SELECT round(daily_rate * counted_days(start_date, $2::date), 2) AS value FROM placement WHERE id = $1`,
      [id, lastDay],
    );
    return baht(row?.value);
  }
}
