import type { Model } from '@elderwork/contracts';

/**
 * Each model's income as rows (resident_id, month, income, source_type, source_id) inside the
 * period [$1, $2]: the one place the yearly report, its drill-down and the approved figures
 * read money from. Section 35: the value of each placement's counted days in each month
 * (counted_days(), 29 February never counted). Caregivers: stipends. Occupations: income records.
 */
const SECTION35 = `
  SELECT pl.resident_id, m.month::date AS month,
         round(pl.daily_rate * counted_days(greatest(pl.start_date, m.month::date),
               least(coalesce(pl.terminated_on, pl.end_date), (m.month + interval '1 month' - interval '1 day')::date, $2::date)), 2) AS income,
         'placement'::text AS source_type, pl.id AS source_id
  FROM placement pl
  CROSS JOIN LATERAL generate_series(date_trunc('month', greatest(pl.start_date, $1::date)),
                                     date_trunc('month', least(coalesce(pl.terminated_on, pl.end_date), $2::date)), interval '1 month') AS m(month)
  WHERE pl.start_date <= $2::date AND coalesce(pl.terminated_on, pl.end_date) >= $1::date`;

const CAREGIVER = `
  SELECT c.resident_id, s.month, s.amount AS income, 'stipend'::text AS source_type, s.id AS source_id
  FROM stipend s JOIN caregiver c ON c.lao_id = s.lao_id AND c.id = s.caregiver_id
  WHERE s.month BETWEEN $1::date AND $2::date`;

const OCCUPATION = `
  SELECT i.resident_id, i.month, i.amount AS income, 'income_record'::text AS source_type, i.id AS source_id
  FROM income_record i
  WHERE i.month BETWEEN $1::date AND $2::date`;

export const LEDGER: Record<Model, string> = {
  section35: SECTION35,
  caregiver: CAREGIVER,
  occupation: OCCUPATION,
};

/** All models' ledgers as one relation `ledger(model, resident_id, month, income, source_type, source_id)`. */
export const LEDGER_CTE = `ledger AS (
  ${(Object.entries(LEDGER) as [Model, string][]).map(([model, sql]) => `SELECT '${model}'::text AS model, l.* FROM (${sql}) l`).join('\n  UNION ALL\n  ')}
)`;
