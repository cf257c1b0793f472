import { Injectable } from '@nestjs/common';
import type { Modality, Section35Group, Section35Summary } from '@elderwork/contracts';
import type { Period } from '@elderwork/thai';
import { baht } from '../common/money';
import type { TenantTx } from '../database/tenant-db';
import { AGE_BAND_SQL } from '../residents/residents.repository';

interface GroupRow {
  modality: Modality | null;
  employer_id: string | null;
  employer_name: string | null;
  sex: string | null;
  age_band: string | null;
  disability_type: string | null;
  g_modality: number;
  g_employer: number;
  g_sex: number;
  g_age_band: number;
  g_disability_type: number;
  persons: string;
  placements: string;
  value: string;
  paid: string;
}

/**
 * Section 35 figures of one LAO and period, in one SQL statement with grouping sets.
 * A placement counts for the days it has inside the period (counted_days: 29 February never
 * counted); payments count when paid inside the period. Age is reckoned at the period's start.
 */
const SUMMARY_SQL = `
  WITH paid AS (
    SELECT placement_id, sum(amount) AS paid FROM payment WHERE paid_on BETWEEN $1::date AND $2::date GROUP BY placement_id
  ), engaged AS (
    SELECT pl.id, pl.resident_id, pl.employer_id, e.name AS employer_name, pl.modality, r.sex,
           coalesce(${AGE_BAND_SQL('r.birth_date', '$1::date')}, 'under-60') AS age_band,
           coalesce(r.disability_type, 'none') AS disability_type,
           counted_days(greatest(pl.start_date, $1::date), least(coalesce(pl.terminated_on, pl.end_date), $2::date)) AS days,
           pl.daily_rate, coalesce(paid.paid, 0) AS paid
    FROM placement pl
    JOIN resident r ON r.lao_id = pl.lao_id AND r.id = pl.resident_id
    JOIN employer e ON e.lao_id = pl.lao_id AND e.id = pl.employer_id
    LEFT JOIN paid ON paid.placement_id = pl.id
    WHERE (pl.start_date <= $2::date AND coalesce(pl.terminated_on, pl.end_date) >= $1::date) OR paid.paid IS NOT NULL
  )
  SELECT modality, employer_id, employer_name, sex, age_band, disability_type,
         GROUPING(modality) AS g_modality, GROUPING(employer_id, employer_name) AS g_employer, GROUPING(sex) AS g_sex,
         GROUPING(age_band) AS g_age_band, GROUPING(disability_type) AS g_disability_type,
         count(DISTINCT resident_id) FILTER (WHERE days > 0) AS persons,
         count(*) FILTER (WHERE days > 0) AS placements,
         coalesce(sum(round(daily_rate * days, 2)), 0) AS value,
         coalesce(sum(paid), 0) AS paid
  FROM engaged
  GROUP BY GROUPING SETS ((), (modality), (employer_id, employer_name), (sex), (age_band), (disability_type))`;

const group = (row: GroupRow): Section35Group => ({
  persons: Number(row.persons),
  placements: Number(row.placements),
  value: baht(row.value),
  paid: baht(row.paid),
});

@Injectable()
export class Section35SummaryRepository {
  async summary(tx: TenantTx, year: number, yearType: 'fiscal' | 'calendar', period: Period): Promise<Section35Summary> {
    const rows = await tx.query<GroupRow>(SUMMARY_SQL, [period.start, period.end]);
    const only = (key: keyof Pick<GroupRow, 'g_modality' | 'g_employer' | 'g_sex' | 'g_age_band' | 'g_disability_type'>): GroupRow[] =>
      rows.filter((r) => Number(r[key]) === 0 && (['g_modality', 'g_employer', 'g_sex', 'g_age_band', 'g_disability_type'] as const).every((k) => k === key || Number(r[k]) !== 0));
    const total = rows.find((r) => [r.g_modality, r.g_employer, r.g_sex, r.g_age_band, r.g_disability_type].every((g) => Number(g) !== 0));
    const byValue = <T extends Section35Group>(list: T[]): T[] => list.sort((a, b) => b.value - a.value);
    return {
      year,
      yearType,
      period,
      ...(total ? group(total) : { persons: 0, placements: 0, value: 0, paid: 0 }),
      byModality: byValue(only('g_modality').map((r) => ({ modality: r.modality as Modality, ...group(r) }))),
      byEmployer: byValue(only('g_employer').map((r) => ({ employerId: r.employer_id as string, name: r.employer_name as string, ...group(r) }))),
      bySex: only('g_sex').map((r) => ({ sex: r.sex as string, ...group(r) })),
      byAgeBand: only('g_age_band').map((r) => ({ ageBand: r.age_band as string, ...group(r) })).sort((a, b) => a.ageBand.localeCompare(b.ageBand)),
      byDisabilityType: byValue(only('g_disability_type').map((r) => ({ disabilityType: r.disability_type as string, ...group(r) }))),
    };
  }
}
