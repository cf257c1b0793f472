import { Injectable } from '@nestjs/common';
import type { AgeBand } from '@elderwork/thai';
import type {
  AdlGroupFilter, CreateResidentDto, DisabilityFilter, RegistrySummary, RemovalReason, ReportAgeBand, ResidentSort, Sex,
} from '@elderwork/contracts';
import { ADL_GROUP_SQL, LATEST_ADL_SQL } from '../adl/adl.repository';
import { LAO_DATA_VERSION_SQL, type TenantTx } from '../database/tenant-db';
import { ResidentEntity } from './resident.entity';
import { likeLiteral } from '../common/like';
import { RESIDENT_COLUMNS, type ResidentRow } from './resident-view';

export type ResidentFields = Omit<CreateResidentDto, never>;

/** Elders' age band at a date, as in the elderly allowance; NULL under 60. */
export const AGE_BAND_SQL = (birthDate: string, on: string): string => `
  CASE WHEN date_part('year', age(${on}, ${birthDate})) >= 90 THEN '90+'
       WHEN date_part('year', age(${on}, ${birthDate})) >= 80 THEN '80-89'
       WHEN date_part('year', age(${on}, ${birthDate})) >= 70 THEN '70-79'
       WHEN date_part('year', age(${on}, ${birthDate})) >= 60 THEN '60-69' END`;

/** What the registry list is narrowed by; absent fields do not narrow. */
export interface ResidentFilter {
  /** Digits of a national ID, or part of a name; '' for none. */
  search: string;
  removed: boolean;
  village?: string;
  moo?: number;
  sex?: Sex;
  ageBand?: ReportAgeBand;
  disabilityType?: DisabilityFilter;
  livingAlone?: boolean;
  adlGroup?: AdlGroupFilter;
  /** ISO CE date the age band is computed at (today in Bangkok). */
  today: string;
}

/**
 * The WHERE of the registry list. Values only ever go in as parameters; the SQL text is built from
 * constant fragments chosen by which filters are given, so an unfiltered list keeps the old shape.
 */
function whereOf(filter: ResidentFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [likeLiteral(filter.search)];
  const $ = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const clauses = [
    filter.removed ? 'r.removed_at IS NOT NULL' : 'r.removed_at IS NULL',
    `($1 = '' OR r.national_id LIKE $1 || '%' OR replace(r.first_name || r.last_name, ' ', '') ILIKE '%' || $1 || '%')`,
  ];
  if (filter.village !== undefined) clauses.push(`r.village = ${$(filter.village)}`);
  if (filter.moo !== undefined) clauses.push(`r.moo = ${$(filter.moo)}::smallint`);
  if (filter.sex !== undefined) clauses.push(`r.sex = ${$(filter.sex)}`);
  if (filter.ageBand !== undefined) {
    const today = $(filter.today);
    clauses.push(`coalesce(${AGE_BAND_SQL('r.birth_date', `${today}::date`)}, 'under-60') = ${$(filter.ageBand)}`);
  }
  if (filter.disabilityType !== undefined) clauses.push(`coalesce(r.disability_type, 'none') = ${$(filter.disabilityType)}`);
  if (filter.livingAlone !== undefined) clauses.push(`r.living_alone = ${$(filter.livingAlone)}::boolean`);
  if (filter.adlGroup !== undefined) {
    // The group of the latest assessment, read as apps/api/src/adl does (LATEST_ADL_SQL).
    clauses.push(`coalesce((SELECT ${ADL_GROUP_SQL('l.total')} FROM (${LATEST_ADL_SQL('r.id')}) l), 'unassessed') = ${$(filter.adlGroup)}`);
  }
  return { where: clauses.join('\n         AND '), params };
}

/** ORDER BY text of each sort: constants only, the last keys make the order total. */
const ORDER_BY: Record<ResidentSort, string> = {
  name: 'r.first_name, r.last_name, r.id',
  '-name': 'r.first_name DESC, r.last_name DESC, r.id DESC',
  // Youngest first: the latest birth date.
  age: 'r.birth_date DESC, r.first_name, r.last_name, r.id',
  '-age': 'r.birth_date, r.first_name, r.last_name, r.id',
  moo: 'r.moo NULLS LAST, r.first_name, r.last_name, r.id',
  '-moo': 'r.moo DESC NULLS LAST, r.first_name, r.last_name, r.id',
  village: 'r.village NULLS LAST, r.first_name, r.last_name, r.id',
  '-village': 'r.village DESC NULLS LAST, r.first_name, r.last_name, r.id',
  createdAt: 'r.created_at, r.id',
  '-createdAt': 'r.created_at DESC, r.id',
};

/** The removed records are newest removal first unless a sort is asked for. */
const orderOf = (sort: ResidentSort | undefined, removed: boolean): string =>
  sort ? ORDER_BY[sort] : removed ? 'r.removed_at DESC, r.id' : ORDER_BY.name;

/** The only place that builds SQL for the registry. Every method runs inside an LAO's transaction. */
@Injectable()
export class ResidentsRepository {
  /**
   * A page of the registry, read in order from ix_resident_list when sorted by name (the default)
   * and unfiltered, with the LAO's data version (null on an empty page) so the caller can keep
   * the count while nothing changes.
   */
  async page(tx: TenantTx, filter: ResidentFilter, page: number, pageSize: number, sort?: ResidentSort): Promise<{ rows: ResidentRow[]; dataVersion: string | null }> {
    const { where, params } = whereOf(filter);
    const rows = await tx.query<ResidentRow & { dataVersion: string }>(
      `SELECT ${RESIDENT_COLUMNS}, ${LAO_DATA_VERSION_SQL} AS "dataVersion"
       FROM resident r
       WHERE ${where}
       ORDER BY ${orderOf(sort, filter.removed)}
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { rows: rows.map(({ dataVersion: _v, ...row }) => row), dataVersion: rows[0]?.dataVersion ?? null };
  }

  /** How many records match the search and filters (the same WHERE as the page). */
  async countMatching(tx: TenantTx, filter: ResidentFilter): Promise<number> {
    const { where, params } = whereOf(filter);
    const [row] = await tx.query<{ n: string }>(`SELECT count(*) AS n FROM resident r WHERE ${where}`, params);
    return Number(row?.n ?? 0);
  }

  async findById(tx: TenantTx, id: string, lock = false): Promise<ResidentRow | null> {
    const rows = await tx.query<ResidentRow>(
      `SELECT ${RESIDENT_COLUMNS} FROM resident r WHERE r.id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The current (not removed) record with this national ID, other than `exceptId`. */
  async findCurrentByNationalId(tx: TenantTx, nationalId: string, exceptId?: string): Promise<ResidentRow | null> {
    const rows = await tx.query<ResidentRow>(
      `SELECT ${RESIDENT_COLUMNS} FROM resident r
       WHERE r.national_id = $1 AND r.removed_at IS NULL AND ($2::uuid IS NULL OR r.id <> $2::uuid)`,
      [nationalId, exceptId ?? null],
    );
    return rows[0] ?? null;
  }

  /** Inserts unless a current record has the national ID; returns the new id or null. */
  async insert(tx: TenantTx, fields: ResidentFields): Promise<string | null> {
    const result = await tx.manager
      .createQueryBuilder()
      .insert()
      .into(ResidentEntity)
      .values({ ...fields, laoId: tx.laoId })
      .orIgnore()
      .returning('id')
      .execute();
    const row = result.raw[0] as { id: string } | undefined;
    return row?.id ?? null;
  }

  async update(tx: TenantTx, id: string, change: Partial<ResidentFields>): Promise<void> {
    await tx.manager
      .createQueryBuilder()
      .update(ResidentEntity)
      .set({ ...change, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  async markRemoved(tx: TenantTx, id: string, reason: RemovalReason, note: string | null): Promise<void> {
    await tx.query(
      `UPDATE resident SET removed_at = now(), removal_reason = $2, removal_note = $3, version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, reason, note],
    );
  }

  /** Back in the registry: the removal's date, reason and note are cleared (the audit trail keeps them). */
  async markRestored(tx: TenantTx, id: string): Promise<void> {
    await tx.query(
      `UPDATE resident SET removed_at = NULL, removal_reason = NULL, removal_note = NULL, version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id],
    );
  }

  async summary(tx: TenantTx, today: string): Promise<RegistrySummary> {
    const [totals] = await tx.query<{ total: string; with_disability: string; living_alone: string }>(
      `SELECT count(*) AS total,
              count(*) FILTER (WHERE disability_type IS NOT NULL) AS with_disability,
              count(*) FILTER (WHERE living_alone) AS living_alone
       FROM resident WHERE removed_at IS NULL`,
    );
    const bands = await tx.query<{ age_band: AgeBand; sex: Sex; n: string }>(
      `SELECT age_band, sex, count(*) AS n
       FROM (SELECT ${AGE_BAND_SQL('birth_date', '$1::date')} AS age_band, sex FROM resident WHERE removed_at IS NULL) x
       WHERE age_band IS NOT NULL GROUP BY age_band, sex`,
      [today],
    );
    const byAgeBand = (['60-69', '70-79', '80-89', '90+'] as AgeBand[]).map((ageBand) => {
      const count = (sex: Sex): number => Number(bands.find((b) => b.age_band === ageBand && b.sex === sex)?.n ?? 0);
      return { ageBand, male: count('male'), female: count('female') };
    });
    return {
      total: Number(totals?.total ?? 0),
      withDisability: Number(totals?.with_disability ?? 0),
      livingAlone: Number(totals?.living_alone ?? 0),
      byAgeBand,
    };
  }
}
