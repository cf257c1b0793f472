import { Injectable } from '@nestjs/common';
import type { CreateJobDto, JobField, JobPlacementView, JobQueryDto, JobView, PhysicalDemand, UpdateJobDto } from '@elderwork/contracts';
import { baht } from '../../common/money';
import type { TenantTx } from '../../database/tenant-db';
import { ELDER_NAME_SQL } from '../elders.repository';
import { likeLiteral } from '../../common/like';

interface JobRow {
  id: string;
  title: string;
  field: JobField;
  organisation: string;
  place: string | null;
  weekdays: number[];
  start_time: string;
  end_time: string;
  physical_demand: PhysicalDemand;
  slots: number;
  shareable: boolean;
  description: string | null;
  open: boolean;
  active: string;
  version: number;
  created_at: Date;
}

/** A placement is active on a day from its start to its end (inclusive), or on with no end. */
export const PLACEMENT_ACTIVE_ON = (jp: string, day: string): string => `(${jp}.from_date <= ${day} AND (${jp}.to_date IS NULL OR ${jp}.to_date >= ${day}))`;

/** $1 is today. */
const SELECT = `
  SELECT j.id, j.title, j.field, j.organisation, j.place, j.weekdays, to_char(j.start_time, 'HH24:MI') AS start_time,
         to_char(j.end_time, 'HH24:MI') AS end_time, j.physical_demand, j.slots, j.shareable, j.description, j.open, j.version, j.created_at,
         (SELECT count(*) FROM job_placement jp WHERE jp.lao_id = j.lao_id AND jp.job_id = j.id AND ${PLACEMENT_ACTIVE_ON('jp', '$1::date')}) AS active
  FROM job j`;

const toView = (r: JobRow): JobView => ({
  id: r.id,
  title: r.title,
  field: r.field,
  organisation: r.organisation,
  place: r.place,
  weekdays: r.weekdays,
  startTime: r.start_time,
  endTime: r.end_time,
  physicalDemand: r.physical_demand,
  slots: r.slots,
  shareable: r.shareable,
  description: r.description,
  open: r.open,
  activePlacements: Number(r.active),
  version: r.version,
  createdAt: r.created_at.toISOString(),
});

export type JobFields = Omit<UpdateJobDto, 'version'>;

const COLUMNS: [column: string, field: keyof JobFields, cast: string][] = [
  ['title', 'title', ''], ['field', 'field', ''], ['organisation', 'organisation', ''], ['place', 'place', ''],
  ['weekdays', 'weekdays', '::smallint[]'], ['start_time', 'startTime', '::time'], ['end_time', 'endTime', '::time'],
  ['physical_demand', 'physicalDemand', ''], ['slots', 'slots', ''], ['shareable', 'shareable', ''], ['description', 'description', ''],
  ['open', 'open', ''],
];

/** $1 today, $2 job. */
const PLACEMENT_SELECT = `
  SELECT jp.id, jp.job_id, jp.resident_id, ${ELDER_NAME_SQL('r')} AS name, jp.from_date::text, jp.to_date::text, jp.note, jp.created_at,
         ${PLACEMENT_ACTIVE_ON('jp', '$1::date')} AS active,
         coalesce((SELECT sum(ir.amount) FROM income_record ir WHERE ir.lao_id = jp.lao_id AND ir.job_placement_id = jp.id), 0) AS income
  FROM job_placement jp JOIN resident r ON r.lao_id = jp.lao_id AND r.id = jp.resident_id
  WHERE jp.job_id = $2`;

interface PlacementRow {
  id: string;
  job_id: string;
  resident_id: string;
  name: string;
  from_date: string;
  to_date: string | null;
  note: string | null;
  created_at: Date;
  active: boolean;
  income: string;
}

const toPlacementView = (r: PlacementRow): JobPlacementView => ({
  id: r.id,
  jobId: r.job_id,
  resident: { id: r.resident_id, name: r.name },
  from: r.from_date,
  to: r.to_date,
  note: r.note,
  active: r.active,
  income: baht(r.income),
  createdAt: r.created_at.toISOString(),
});

/** Local jobs and the elders placed in them. */
@Injectable()
export class JobsRepository {
  async list(tx: TenantTx, today: string, query: JobQueryDto): Promise<JobView[]> {
    const rows = await tx.query<JobRow>(
      `${SELECT}
       WHERE ($2::text IS NULL OR j.field = $2) AND ($3::boolean IS NULL OR j.open = $3)
         AND ($4::text IS NULL OR j.title ILIKE '%' || $4 || '%' OR j.organisation ILIKE '%' || $4 || '%')
       ORDER BY j.open DESC, j.created_at DESC, j.id`,
      [today, query.field ?? null, query.open ?? null, likeLiteral(query.q)],
    );
    return rows.map(toView);
  }

  async find(tx: TenantTx, today: string, id: string, lock = false): Promise<JobView | null> {
    if (lock) await tx.query(`SELECT 1 FROM job WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await tx.query<JobRow>(`${SELECT} WHERE j.id = $2`, [today, id]);
    return row ? toView(row) : null;
  }

  async insert(tx: TenantTx, dto: CreateJobDto): Promise<string> {
    const fields: JobFields = { ...dto, place: dto.place ?? null, description: dto.description ?? null, shareable: dto.shareable ?? false, open: true };
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO job (lao_id, ${COLUMNS.map(([c]) => c).join(', ')}) VALUES ($1, ${COLUMNS.map(([, , cast], i) => `$${i + 2}${cast}`).join(', ')}) RETURNING id`,
      [tx.laoId, ...COLUMNS.map(([, field]) => fields[field])],
    );
    return row!.id;
  }

  async update(tx: TenantTx, id: string, change: JobFields): Promise<void> {
    const sets = COLUMNS.filter(([, field]) => change[field] !== undefined);
    await tx.query(
      `UPDATE job SET ${sets.map(([column, , cast], i) => `${column} = $${i + 2}${cast}, `).join('')}version = version + 1, updated_at = now() WHERE id = $1`,
      [id, ...sets.map(([, field]) => change[field])],
    );
  }

  async placements(tx: TenantTx, today: string, jobId: string): Promise<JobPlacementView[]> {
    const rows = await tx.query<PlacementRow>(`${PLACEMENT_SELECT} ORDER BY jp.from_date DESC, name, jp.id`, [today, jobId]);
    return rows.map(toPlacementView);
  }

  async findPlacement(tx: TenantTx, today: string, jobId: string, id: string): Promise<JobPlacementView | null> {
    const [row] = await tx.query<PlacementRow>(`${PLACEMENT_SELECT} AND jp.id = $3`, [today, jobId, id]);
    return row ? toPlacementView(row) : null;
  }

  /** Placements of the job whose dates overlap [from, to] (to null: open-ended), other than `exceptId`. */
  async overlapping(tx: TenantTx, jobId: string, from: string, to: string | null, exceptId?: string): Promise<{ id: string; residentId: string }[]> {
    return tx.query<{ id: string; residentId: string }>(
      `SELECT id, resident_id AS "residentId" FROM job_placement
       WHERE job_id = $1 AND ($3::date IS NULL OR from_date <= $3::date) AND (to_date IS NULL OR to_date >= $2::date)
         AND ($4::uuid IS NULL OR id <> $4::uuid)`,
      [jobId, from, to, exceptId ?? null],
    );
  }

  async insertPlacement(tx: TenantTx, jobId: string, p: { residentId: string; from: string; to: string | null; note: string | null }, userId: string): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO job_placement (lao_id, job_id, resident_id, from_date, to_date, note, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [tx.laoId, jobId, p.residentId, p.from, p.to, p.note, userId],
    );
    return row!.id;
  }

  async updatePlacement(tx: TenantTx, id: string, change: { to?: string | null; note?: string | null }): Promise<void> {
    const sets = Object.entries({ to_date: change.to, note: change.note }).filter(([, v]) => v !== undefined);
    if (sets.length === 0) return;
    await tx.query(`UPDATE job_placement SET ${sets.map(([c], i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...sets.map(([, v]) => v)]);
  }

  /** Job placements of the LAO among `ids`: whose they are and their dates. */
  async placementsByIds(tx: TenantTx, ids: readonly string[]): Promise<Map<string, { residentId: string; from: string; to: string | null }>> {
    if (ids.length === 0) return new Map();
    const rows = await tx.query<{ id: string; resident_id: string; from_date: string; to_date: string | null }>(
      `SELECT id, resident_id, from_date::text, to_date::text FROM job_placement WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { residentId: r.resident_id, from: r.from_date, to: r.to_date }]));
  }
}
