import { at } from '../common/arrays';
import { Injectable } from '@nestjs/common';
import type { Figures, Model, ReportStep, ReportStepAction, ReportStatus, YearlyReport } from '@elderwork/contracts';
import type { Period } from '@elderwork/thai';
import { baht } from '../common/money';
import { LAO_DATA_VERSION_SQL, type TenantTx } from '../database/tenant-db';
import { AGE_BAND_SQL } from '../residents/residents.repository';
import { LEDGER_CTE } from './ledger';

interface CellRow {
  model: Model | null;
  month: string | null;
  sex: string | null;
  age_band: string | null;
  disability_type: string | null;
  g_model: number;
  g_month: number;
  g_sex: number;
  g_age_band: number;
  g_disability_type: number;
  persons: string;
  income: string;
}

export interface ReportCell extends Figures {
  model: Model | null;
  month: string | null;
  sex: string | null;
  ageBand: string | null;
  disabilityType: string | null;
  /** Which dimensions this cell is broken down by. */
  by: ('model' | 'month' | 'sex' | 'ageBand' | 'disabilityType')[];
}

/** Engagement of the LAO's elders in the period: the ledger joined to the registry (age at the period's start). */
const ENGAGED = `
  WITH ${LEDGER_CTE},
  engaged AS (
    SELECT l.model, l.resident_id, to_char(l.month, 'YYYY-MM') AS month, l.income, l.source_type, l.source_id,
           r.sex, coalesce(${AGE_BAND_SQL('r.birth_date', '$1::date')}, 'under-60') AS age_band,
           coalesce(r.disability_type, 'none') AS disability_type,
           r.prefix || r.first_name || ' ' || r.last_name AS name, r.national_id
    FROM ledger l JOIN resident r ON r.id = l.resident_id
    WHERE l.income > 0
  )`;

/** The report's figures in one statement; exported for the benchmark's bare-SQL baseline. */
export const REPORT_CELLS_SQL = `${ENGAGED}
  SELECT model, month, sex, age_band, disability_type,
         GROUPING(model) AS g_model, GROUPING(month) AS g_month, GROUPING(sex) AS g_sex,
         GROUPING(age_band) AS g_age_band, GROUPING(disability_type) AS g_disability_type,
         count(DISTINCT resident_id) AS persons, sum(income) AS income
  FROM engaged
  GROUP BY GROUPING SETS ((), (month), (model), (model, month), (model, sex), (model, age_band), (model, disability_type))`;

const figures = (persons: number, income: number): Figures => ({
  persons,
  income,
  averagePerPerson: persons ? Math.round((income * 100) / persons) / 100 : 0,
});

export interface DrillDownRecord {
  model: Model;
  residentId: string;
  name: string;
  nationalId: string;
  month: string;
  income: number;
  sourceType: string;
  sourceId: string;
}

/** A yearly report's row: where it stands, and its stored versions (whole documents). */
export interface StoredReport {
  id: string;
  status: ReportStatus;
  submitted: YearlyReport | null;
  approved: YearlyReport | null;
}

export interface DrillDownFilter {
  model?: Model;
  month?: string;
  sex?: string;
  ageBand?: string;
  disabilityType?: string;
}

@Injectable()
export class ReportsRepository {
  /** Every figure of the report in one statement: totals, per model, by month, sex, age band and disability type. */
  async cells(tx: TenantTx, period: Period): Promise<ReportCell[]> {
    const rows = await tx.query<CellRow>(REPORT_CELLS_SQL, [period.start, period.end]);
    return rows.map((r) => ({
      ...figures(Number(r.persons), baht(r.income)),
      model: r.model,
      month: r.month,
      sex: r.sex,
      ageBand: r.age_band,
      disabilityType: r.disability_type,
      by: ([['model', r.g_model], ['month', r.g_month], ['sex', r.g_sex], ['ageBand', r.g_age_band], ['disabilityType', r.g_disability_type]] as const)
        .filter(([, g]) => Number(g) === 0)
        .map(([k]) => k),
    }));
  }

  /** The records behind a figure; their incomes add up to it. */
  async records(tx: TenantTx, period: Period, filter: DrillDownFilter): Promise<DrillDownRecord[]> {
    const rows = await tx.query<{ model: Model; resident_id: string; name: string; national_id: string; month: string; income: string; source_type: string; source_id: string }>(
      `${ENGAGED}
       SELECT model, resident_id, name, national_id, month, income, source_type, source_id FROM engaged
       WHERE ($3::text IS NULL OR model = $3) AND ($4::text IS NULL OR month = $4) AND ($5::text IS NULL OR sex = $5)
         AND ($6::text IS NULL OR age_band = $6) AND ($7::text IS NULL OR disability_type = $7)
       ORDER BY model, name, month, source_id`,
      [period.start, period.end, filter.model ?? null, filter.month ?? null, filter.sex ?? null, filter.ageBand ?? null, filter.disabilityType ?? null],
    );
    return rows.map((r) => ({
      model: r.model,
      residentId: r.resident_id,
      name: r.name,
      nationalId: r.national_id,
      month: r.month,
      income: baht(r.income),
      sourceType: r.source_type,
      sourceId: r.source_id,
    }));
  }

  /** The LAO's data version as this transaction sees it. */
  async dataVersion(tx: TenantTx): Promise<string> {
    return at(await tx.query<{ version: string }>(`SELECT ${LAO_DATA_VERSION_SQL} AS version`), 0).version;
  }

  async findReport(tx: TenantTx, year: number, yearType: string, lock = false): Promise<StoredReport | null> {
    const [row] = await tx.query<{ id: string; status: ReportStatus; submitted_figures: YearlyReport | null; approved_figures: YearlyReport | null }>(
      `SELECT id, status, submitted_figures, approved_figures FROM yearly_report WHERE year = $1 AND year_type = $2${lock ? ' FOR UPDATE' : ''}`,
      [year, yearType],
    );
    return row ? { id: row.id, status: row.status, submitted: row.submitted_figures, approved: row.approved_figures } : null;
  }

  async createReport(tx: TenantTx, year: number, yearType: string): Promise<string> {
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO yearly_report (lao_id, year, year_type) VALUES ($1, $2, $3)
       ON CONFLICT (lao_id, year, year_type) DO UPDATE SET year = EXCLUDED.year RETURNING id`,
      [tx.laoId, year, yearType],
    );
    return at(rows, 0).id;
  }

  /** A new status; the approved version stays only while approved. The submitted snapshot stays (the last submission). */
  async setStatus(tx: TenantTx, id: string, status: ReportStatus): Promise<void> {
    await tx.query(
      `UPDATE yearly_report SET status = $2::text,
              approved_figures = CASE WHEN $2::text = 'approved' THEN approved_figures END,
              approved_at = CASE WHEN $2::text = 'approved' THEN approved_at END, updated_at = now()
       WHERE id = $1`,
      [id, status],
    );
  }

  /** Stores the submission's snapshot: the report becomes `submitted`. */
  async storeSubmission(tx: TenantTx, id: string, figures: YearlyReport): Promise<void> {
    await tx.query(
      `UPDATE yearly_report SET status = 'submitted', submitted_figures = $2, submitted_at = $3, approved_figures = NULL, approved_at = NULL, updated_at = now()
       WHERE id = $1`,
      [id, JSON.stringify(figures), figures.submittedAt],
    );
  }

  /** Signs the submission: the report becomes `approved` with the submitted snapshot as its approved version. */
  async storeApproval(tx: TenantTx, id: string, figures: YearlyReport): Promise<void> {
    await tx.query(
      `UPDATE yearly_report SET status = 'approved', approved_figures = $2, approved_at = $3, updated_at = now() WHERE id = $1`,
      [id, JSON.stringify(figures), figures.approvedAt],
    );
  }

  async addStep(tx: TenantTx, reportId: string, action: ReportStepAction, actorId: string, reason: string | null): Promise<void> {
    await tx.query(`INSERT INTO report_step (lao_id, report_id, action, actor_id, reason) VALUES ($1, $2, $3, $4, $5)`, [tx.laoId, reportId, action, actorId, reason]);
  }

  async lastStep(tx: TenantTx, reportId: string, action: ReportStepAction): Promise<{ actorId: string } | null> {
    const [row] = await tx.query<{ actor_id: string }>(
      `SELECT actor_id FROM report_step WHERE report_id = $1 AND action = $2 ORDER BY at DESC, id DESC LIMIT 1`,
      [reportId, action],
    );
    return row ? { actorId: row.actor_id } : null;
  }

  async steps(tx: TenantTx, reportId: string): Promise<ReportStep[]> {
    const rows = await tx.query<{ action: ReportStepAction; at: Date; reason: string | null; id: string; email: string; display_name: string }>(
      `SELECT s.action, s.at, s.reason, u.id, u.email, u.display_name FROM report_step s JOIN app_user u ON u.id = s.actor_id
       WHERE s.report_id = $1 ORDER BY s.at, s.id`,
      [reportId],
    );
    return rows.map((r) => ({ action: r.action, at: r.at.toISOString(), reason: r.reason, by: { id: r.id, email: r.email, displayName: r.display_name } }));
  }

  /** Publishes the approved figures for statistics (replacing earlier ones of the same report). */
  async publishFigures(tx: TenantTx, year: number, yearType: string, provinceCode: string, rows: { model: string; persons: number; income: number }[]): Promise<void> {
    await this.withdrawFigures(tx, year, yearType);
    for (const row of rows) {
      await tx.query(
        `INSERT INTO approved_figure (lao_id, year, year_type, model, province_code, persons, income) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [tx.laoId, year, yearType, row.model, provinceCode, row.persons, row.income.toFixed(2)],
      );
    }
  }

  async withdrawFigures(tx: TenantTx, year: number, yearType: string): Promise<void> {
    await tx.query(`DELETE FROM approved_figure WHERE year = $1 AND year_type = $2`, [year, yearType]);
  }
}
