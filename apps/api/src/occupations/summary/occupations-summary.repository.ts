import { Injectable } from '@nestjs/common';
import type {
  CourseKind, IncomeGroup, IncomeSource, JobField, OccupationsSummary, SalesChannel, Sex, TrainingGroup, WisdomBranch,
} from '@elderwork/contracts';
import { monthsOf, type AgeBand, type Period } from '@elderwork/thai';
import { baht } from '../../common/money';
import type { TenantTx } from '../../database/tenant-db';
import { AGE_BAND_SQL } from '../../residents/residents.repository';
import { ENROLMENT_PROGRESS_SQL } from '../courses/courses.repository';

const INCOME_KEYS = ['g_channel', 'g_source', 'g_product', 'g_sex', 'g_age_band', 'g_month'] as const;
type IncomeKey = (typeof INCOME_KEYS)[number];

type IncomeRow = Record<IncomeKey, number> & {
  channel: SalesChannel | null;
  source: IncomeSource | null;
  product_id: string | null;
  product_name: string | null;
  sex: Sex | null;
  age_band: AgeBand | 'under-60' | null;
  month: string | null;
  persons: string;
  records: string;
  amount: string;
  average: string;
};

/**
 * Income of the period by channel, source, product, sex, age band (at the period's start) and
 * month, in one statement with grouping sets. $1, $2: the period.
 */
const INCOME_SQL = `
  WITH lines AS (
    SELECT ir.resident_id, ir.amount, ir.channel, ir.source, ir.product_id, p.name AS product_name, r.sex,
           coalesce(${AGE_BAND_SQL('r.birth_date', '$1::date')}, 'under-60') AS age_band, to_char(ir.month, 'YYYY-MM') AS month
    FROM income_record ir
    JOIN resident r ON r.lao_id = ir.lao_id AND r.id = ir.resident_id
    LEFT JOIN product p ON p.lao_id = ir.lao_id AND p.id = ir.product_id
    WHERE ir.month BETWEEN $1::date AND $2::date
  )
  SELECT channel, source, product_id, product_name, sex, age_band, month,
         GROUPING(channel) AS g_channel, GROUPING(source) AS g_source, GROUPING(product_id, product_name) AS g_product,
         GROUPING(sex) AS g_sex, GROUPING(age_band) AS g_age_band, GROUPING(month) AS g_month,
         count(DISTINCT resident_id) AS persons, count(*) AS records, coalesce(sum(amount), 0) AS amount,
         coalesce(round(sum(amount) / nullif(count(DISTINCT resident_id), 0), 2), 0) AS average
  FROM lines
  GROUP BY GROUPING SETS ((), (channel), (source), (product_id, product_name), (sex), (age_band), (month))`;

/** Held sessions of the period (not cancelled, dated in it and not after today): $1, $2 period, $3 today. */
const HELD = `
  SELECT s.id, s.course_id, c.kind, s.hours FROM course_session s JOIN course c ON c.lao_id = s.lao_id AND c.id = s.course_id
  WHERE NOT s.cancelled AND s.date BETWEEN $1::date AND $2::date AND s.date <= $3::date`;

const TRAINING_SQL = `
  WITH held AS (${HELD}),
  sessions AS (
    SELECT kind, GROUPING(kind) AS g, count(DISTINCT course_id) AS courses, count(*) AS sessions, sum(hours) AS hours
    FROM held GROUP BY GROUPING SETS ((), (kind))),
  attendance AS (
    SELECT h.kind, GROUPING(h.kind) AS g, count(DISTINCT en.resident_id) AS persons, sum(h.hours) AS person_hours
    FROM course_attendance a JOIN held h ON h.id = a.session_id
    JOIN course_enrolment en ON en.lao_id = a.lao_id AND en.id = a.enrolment_id
    GROUP BY GROUPING SETS ((), (h.kind))),
  graduates AS (
    SELECT c.kind, GROUPING(c.kind) AS g, count(*) AS graduates
    FROM (${ENROLMENT_PROGRESS_SQL('$3::date')}) p JOIN course c ON c.lao_id = p.lao_id AND c.id = p.course_id
    WHERE p.completed AND p.last_session BETWEEN $1::date AND $2::date
    GROUP BY GROUPING SETS ((), (c.kind)))
  SELECT coalesce(s.kind, a.kind, gr.kind) AS kind, coalesce(s.g, a.g, gr.g) AS g,
         coalesce(s.courses, 0) AS courses, coalesce(s.sessions, 0) AS sessions, coalesce(s.hours, 0) AS hours,
         coalesce(a.persons, 0) AS persons, coalesce(a.person_hours, 0) AS person_hours, coalesce(gr.graduates, 0) AS graduates
  FROM sessions s
  FULL JOIN attendance a ON a.g = s.g AND a.kind IS NOT DISTINCT FROM s.kind
  FULL JOIN graduates gr ON gr.g = coalesce(s.g, a.g) AND gr.kind IS NOT DISTINCT FROM coalesce(s.kind, a.kind)`;

/** Registrations on the register at the period's end; those registered (or renewed) inside it. */
const WISDOM_SQL = `
  SELECT branch, GROUPING(branch) AS g, count(*) AS registrations, count(DISTINCT resident_id) AS persons,
         count(*) FILTER (WHERE registered_on >= $1::date) AS in_period
  FROM wisdom_registration WHERE registered_on <= $2::date
  GROUP BY GROUPING SETS ((), (branch))`;

/** Job placements with a day in the period, and the income of the period that followed them. */
const JOBS_SQL = `
  SELECT j.field, GROUPING(j.field) AS g, count(*) AS placements, count(DISTINCT jp.resident_id) AS persons, coalesce(sum(inc.amount), 0) AS income
  FROM job_placement jp JOIN job j ON j.lao_id = jp.lao_id AND j.id = jp.job_id
  LEFT JOIN LATERAL (
    SELECT sum(ir.amount) AS amount FROM income_record ir
    WHERE ir.lao_id = jp.lao_id AND ir.job_placement_id = jp.id AND ir.month BETWEEN $1::date AND $2::date) inc ON true
  WHERE jp.from_date <= $2::date AND (jp.to_date IS NULL OR jp.to_date >= $1::date)
  GROUP BY GROUPING SETS ((), (j.field))`;

const incomeGroup = (r: IncomeRow): IncomeGroup => ({ persons: Number(r.persons), records: Number(r.records), amount: baht(r.amount) });
const ZERO: IncomeGroup = { persons: 0, records: 0, amount: 0 };
const byAmount = <T extends IncomeGroup>(list: T[]): T[] => list.sort((a, b) => b.amount - a.amount);

/** The independent-occupations figures of one LAO and period: SQL aggregates only. */
@Injectable()
export class OccupationsSummaryRepository {
  async summary(tx: TenantTx, year: number, yearType: 'fiscal' | 'calendar', period: Period, today: string): Promise<OccupationsSummary> {
    return { year, yearType, period, income: await this.income(tx, period), training: await this.training(tx, period, today), wisdom: await this.wisdom(tx, period), jobs: await this.jobs(tx, period) };
  }

  private async income(tx: TenantTx, period: Period): Promise<OccupationsSummary['income']> {
    const rows = await tx.query<IncomeRow>(INCOME_SQL, [period.start, period.end]);
    const only = (key: IncomeKey): IncomeRow[] => rows.filter((r) => INCOME_KEYS.every((k) => (Number(r[k]) === 0) === (k === key)));
    const total = rows.find((r) => INCOME_KEYS.every((k) => Number(r[k]) !== 0));
    const months = new Map(only('g_month').map((r) => [r.month as string, incomeGroup(r)]));
    return {
      ...(total ? incomeGroup(total) : ZERO),
      averagePerPerson: baht(total?.average),
      byChannel: byAmount(only('g_channel').map((r) => ({ channel: r.channel as SalesChannel, ...incomeGroup(r) }))),
      bySource: byAmount(only('g_source').map((r) => ({ source: r.source as IncomeSource, ...incomeGroup(r) }))),
      // Lines without a product form a group of their own in the grouping set; it is not a product.
      byProduct: byAmount(only('g_product').filter((r) => r.product_id !== null).map((r) => ({ productId: r.product_id as string, name: r.product_name as string, ...incomeGroup(r) }))),
      bySex: only('g_sex').map((r) => ({ sex: r.sex as Sex, ...incomeGroup(r) })).sort((a, b) => a.sex.localeCompare(b.sex)),
      byAgeBand: only('g_age_band').map((r) => ({ ageBand: r.age_band as AgeBand | 'under-60', ...incomeGroup(r) })).sort((a, b) => a.ageBand.localeCompare(b.ageBand)),
      // Every month of the period, zeros included, for the chart.
      byMonth: monthsOf(period).map((month) => ({ month, ...(months.get(month) ?? ZERO) })),
    };
  }

  private async training(tx: TenantTx, period: Period, today: string): Promise<OccupationsSummary['training']> {
    const rows = await tx.query<{ kind: CourseKind | null; g: number; courses: string; sessions: string; hours: string; persons: string; person_hours: string; graduates: string }>(
      TRAINING_SQL,
      [period.start, period.end, today],
    );
    const group = (r: (typeof rows)[number] | undefined): TrainingGroup => ({
      courses: Number(r?.courses ?? 0),
      sessionsHeld: Number(r?.sessions ?? 0),
      trainingHours: baht(r?.hours),
      personsTrained: Number(r?.persons ?? 0),
      personHours: baht(r?.person_hours),
      graduates: Number(r?.graduates ?? 0),
    });
    return {
      ...group(rows.find((r) => Number(r.g) === 1)),
      byKind: rows.filter((r) => Number(r.g) === 0).map((r) => ({ kind: r.kind as CourseKind, ...group(r) })).sort((a, b) => a.kind.localeCompare(b.kind)),
    };
  }

  private async wisdom(tx: TenantTx, period: Period): Promise<OccupationsSummary['wisdom']> {
    const rows = await tx.query<{ branch: WisdomBranch | null; g: number; registrations: string; persons: string; in_period: string }>(WISDOM_SQL, [period.start, period.end]);
    const total = rows.find((r) => Number(r.g) === 1);
    return {
      registrations: Number(total?.registrations ?? 0),
      persons: Number(total?.persons ?? 0),
      registeredInPeriod: Number(total?.in_period ?? 0),
      byBranch: rows
        .filter((r) => Number(r.g) === 0)
        .map((r) => ({ branch: r.branch as WisdomBranch, registrations: Number(r.registrations), persons: Number(r.persons) }))
        .sort((a, b) => b.registrations - a.registrations || a.branch.localeCompare(b.branch)),
    };
  }

  private async jobs(tx: TenantTx, period: Period): Promise<OccupationsSummary['jobs']> {
    const rows = await tx.query<{ field: JobField | null; g: number; placements: string; persons: string; income: string }>(JOBS_SQL, [period.start, period.end]);
    const total = rows.find((r) => Number(r.g) === 1);
    return {
      placements: Number(total?.placements ?? 0),
      persons: Number(total?.persons ?? 0),
      income: baht(total?.income),
      byField: rows
        .filter((r) => Number(r.g) === 0)
        .map((r) => ({ field: r.field as JobField, placements: Number(r.placements), persons: Number(r.persons), income: baht(r.income) }))
        .sort((a, b) => b.placements - a.placements || a.field.localeCompare(b.field)),
    };
  }
}
