import { Injectable } from '@nestjs/common';
import { ADL_GROUPS, type AdlGroup, type CaregiverFigures, type CaregiversSummary, type Sex } from '@elderwork/contracts';
import type { Period } from '@elderwork/thai';
import { ADL_GROUP_SQL } from '../adl/adl.repository';
import { baht } from '../common/money';
import type { TenantTx } from '../database/tenant-db';
import { AGE_BAND_SQL } from '../residents/residents.repository';
import { ACTIVE_FROM_SQL } from './caregivers.sql';

interface GroupRow {
  sex: Sex | null;
  age_band: string | null;
  adl_group: AdlGroup | null;
  g_sex: number;
  g_age_band: number;
  g_adl_group: number;
  caregivers: number;
  stipends: string;
  stipends_paid: string;
  recipients: number;
  visits: number;
  minutes: number;
  hours: string;
}

/**
 * Caregiver figures of one LAO and period in one statement: a row per fact (a caregiver active in
 * the period, a stipend of a month in it, an assignment overlapping it, a visit in it), each
 * carrying the caregiver's sex and age band (at the period's start), then grouping sets.
 * A recipient's ADL group is that of their latest assessment up to the period's end (their
 * earliest one if all are later), so each recipient falls in exactly one group.
 */
const SUMMARY_SQL = `
  WITH cg AS (
    SELECT c.id, c.resident_id, r.sex, coalesce(${AGE_BAND_SQL('r.birth_date', '$1::date')}, 'under-60') AS age_band,
           ${ACTIVE_FROM_SQL('c')} AS active_from, c.end_date
    FROM caregiver c JOIN resident r ON r.lao_id = c.lao_id AND r.id = c.resident_id
  ), facts AS (
    SELECT cg.resident_id AS person_id, cg.sex, cg.age_band, NULL::uuid AS recipient_id, NULL::text AS adl_group,
           0::numeric AS stipend, 0::numeric AS paid, 0 AS visits, 0 AS minutes
    FROM cg WHERE cg.active_from <= $2::date AND (cg.end_date IS NULL OR cg.end_date >= $1::date)
    UNION ALL
    SELECT NULL, cg.sex, cg.age_band, NULL, NULL, s.amount, CASE WHEN s.paid_on IS NULL THEN 0 ELSE s.amount END, 0, 0
    FROM stipend s JOIN cg ON cg.id = s.caregiver_id WHERE s.month BETWEEN $1::date AND $2::date
    UNION ALL
    SELECT NULL, cg.sex, cg.age_band, a.recipient_id, g.adl_group, 0, 0, 0, 0
    FROM care_assignment a JOIN cg ON cg.id = a.caregiver_id
    LEFT JOIN LATERAL (
      SELECT ${ADL_GROUP_SQL('x.total')} AS adl_group FROM adl_assessment x
      WHERE x.resident_id = a.recipient_id
      ORDER BY (x.assessed_on <= $2::date) DESC, CASE WHEN x.assessed_on <= $2::date THEN x.assessed_on END DESC, x.assessed_on, x.created_at DESC
      LIMIT 1) g ON true
    WHERE a.from_date <= $2::date AND (a.to_date IS NULL OR a.to_date >= $1::date)
    UNION ALL
    SELECT NULL, cg.sex, cg.age_band, NULL, NULL, 0, 0, 1, v.minutes
    FROM care_visit v JOIN cg ON cg.id = v.caregiver_id WHERE v.visited_on BETWEEN $1::date AND $2::date
  )
  SELECT sex, age_band, adl_group, GROUPING(sex) AS g_sex, GROUPING(age_band) AS g_age_band, GROUPING(adl_group) AS g_adl_group,
         count(DISTINCT person_id)::int AS caregivers, sum(stipend) AS stipends, sum(paid) AS stipends_paid,
         count(DISTINCT recipient_id)::int AS recipients, sum(visits)::int AS visits, sum(minutes)::int AS minutes,
         round(sum(minutes) / 60.0, 2) AS hours
  FROM facts
  GROUP BY GROUPING SETS ((), (sex), (age_band), (adl_group))`;

const figures = (row: GroupRow | undefined): CaregiverFigures => ({
  caregivers: row?.caregivers ?? 0,
  stipends: baht(row?.stipends),
  stipendsPaid: baht(row?.stipends_paid),
  recipients: row?.recipients ?? 0,
  visits: row?.visits ?? 0,
  minutes: row?.minutes ?? 0,
  hours: Number(row?.hours ?? 0),
});

@Injectable()
export class CaregiversSummaryRepository {
  async summary(tx: TenantTx, year: number, yearType: 'fiscal' | 'calendar', period: Period): Promise<CaregiversSummary> {
    const rows = await tx.query<GroupRow>(SUMMARY_SQL, [period.start, period.end]);
    const flags = ['g_sex', 'g_age_band', 'g_adl_group'] as const;
    /** The rows of one grouping set: that column grouped, the others rolled up. */
    const only = (key: (typeof flags)[number]): GroupRow[] => rows.filter((r) => flags.every((k) => Number(r[k]) === (k === key ? 0 : 1)));
    const total = rows.find((r) => flags.every((k) => Number(r[k]) === 1));
    // Facts other than assignments have no ADL group: their NULL group is not a group of recipients.
    const byGroup = only('g_adl_group').filter((r) => r.adl_group !== null);
    return {
      year,
      yearType,
      period,
      ...figures(total),
      recipientsByGroup: ADL_GROUPS.map((group) => ({ group, recipients: byGroup.find((r) => r.adl_group === group)?.recipients ?? 0 })),
      bySex: only('g_sex').map((r) => ({ sex: r.sex as Sex, ...figures(r) })).sort((a, b) => a.sex.localeCompare(b.sex)),
      byAgeBand: only('g_age_band').map((r) => ({ ageBand: r.age_band as string, ...figures(r) })).sort((a, b) => a.ageBand.localeCompare(b.ageBand)),
    };
  }
}
