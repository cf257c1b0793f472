import { Injectable } from '@nestjs/common';
import {
  ERROR_CODES, MODELS, REPORT_MESSAGES, REPORT_STATUS_LABELS, SUBMITTABLE_STATUSES,
  type DrillDownExportQueryDto, type DrillDownQueryDto, type Figures, type Model, type ModelReport, type ReportQueryDto, type ReportStatus,
  type ReportStepAction, type SubmissionChange, type YearlyReport,
} from '@elderwork/contracts';
import { formatThaiDate, maskNationalId, monthsOf, periodHasEnded, periodOf, todayInBangkok, type Period } from '@elderwork/thai';
import { DomainError, forbidden, notFound } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import { TenantDb, type TenantTx } from '../database/tenant-db';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { CaregiversSummaryRepository } from '../caregivers/caregivers-summary.repository';
import { OccupationsSummaryRepository } from '../occupations/summary/occupations-summary.repository';
import { Section35SummaryRepository } from '../section35/section35-summary.repository';
import { AccessLogRepository } from '../residents/access-log.repository';
import { AuditRepository } from '../residents/audit.repository';
import { reportPdf } from './report-pdf';
import { reportWorkbook } from './report-workbook';
import { recordsCsv } from './records-csv';
import { VersionedCache } from '../database/versioned-cache';
import { ReportsRepository, type DrillDownRecord, type ReportCell, type StoredReport } from './reports.repository';

type YearType = 'fiscal' | 'calendar';
const EMPTY: Figures = { persons: 0, income: 0, averagePerPerson: 0 };
const pick = ({ persons, income, averagePerPerson }: Figures): Figures => ({ persons, income, averagePerPerson });
const only = (cells: ReportCell[], ...by: ReportCell['by']): ReportCell[] =>
  cells.filter((c) => c.by.length === by.length && by.every((d) => c.by.includes(d)));

const stateError = (status: ReportStatus, action: string): DomainError =>
  new DomainError(409, ERROR_CODES.reportState, `รายงานอยู่ในสถานะ "${REPORT_STATUS_LABELS[status].th}" จึง${action}ไม่ได้`);

const periodOpen = (lastDay: string): DomainError =>
  new DomainError(400, ERROR_CODES.reportPeriodOpen, REPORT_MESSAGES.periodOpen.th(formatThaiDate(lastDay, { style: 'long' })));

function mayTakeSteps(ctx: RequestContext): void {
  if (ctx.role !== 'staff' && ctx.role !== 'lao_admin') throw forbidden();
}

/** Per model and in total: the submitted figures beside today's. */
function changesSince(submitted: YearlyReport, now: YearlyReport): SubmissionChange[] {
  const line = (model: SubmissionChange['model'], was: Figures | undefined, is: Figures | undefined): SubmissionChange => {
    const a = { persons: was?.persons ?? 0, income: was?.income ?? 0 };
    const b = { persons: is?.persons ?? 0, income: is?.income ?? 0 };
    return { model, submitted: a, now: b, changed: a.persons !== b.persons || a.income !== b.income };
  };
  return [
    ...MODELS.map((model) => line(model, submitted.models.find((m) => m.model === model), now.models.find((m) => m.model === model))),
    line('total', submitted.total, now.total),
  ];
}

/** The LAO's yearly income report, its approval (DHIS2-style) and its drill-down. */
@Injectable()
export class ReportsService {
  private readonly liveFigures = new VersionedCache<YearlyReport>();

  constructor(
    private readonly db: TenantDb,
    private readonly reports: ReportsRepository,
    private readonly section35: Section35SummaryRepository,
    private readonly caregivers: CaregiversSummaryRepository,
    private readonly occupations: OccupationsSummaryRepository,
    private readonly audit: AuditRepository,
    private readonly accessLog: AccessLogRepository,
    private readonly orgUnits: OrgUnitsRepository,
  ) {}

  /** The live report (today's data), the submitted snapshot with what has changed since, or the approved version. */
  async get(ctx: RequestContext, query: ReportQueryDto): Promise<YearlyReport> {
    const yearType = query.yearType ?? 'fiscal';
    const version = query.version ?? 'live';
    if (version === 'live') return this.liveReport(laoOf(ctx), query.year, yearType);
    const { stored, steps } = await this.db.run(laoOf(ctx), async (tx) => {
      const found = await this.reports.findReport(tx, query.year, yearType);
      return { stored: found, steps: found ? await this.reports.steps(tx, found.id) : [] };
    });
    if (version === 'approved') {
      if (stored?.status !== 'approved' || !stored.approved) throw notFound('รายงานฉบับที่อนุมัติแล้วของปีนี้');
      return { ...stored.approved, status: 'approved', steps };
    }
    if (!stored?.submitted) throw notFound(REPORT_MESSAGES.noSubmitted.th);
    const now = await this.liveReport(laoOf(ctx), query.year, yearType);
    return { ...stored.submitted, status: stored.status, steps, changesSinceSubmission: changesSince(stored.submitted, now) };
  }

  /**
   * The records behind a figure, national IDs masked (decision 0021): a list on the screen needs
   * no full ID; the full IDs leave only through the audited export (`full=true`).
   */
  async records(ctx: RequestContext, query: DrillDownQueryDto): Promise<{ items: DrillDownRecord[]; total: Figures }> {
    const { items, total } = await this.unmaskedRecords(ctx, query, 'GET /api/reports/yearly/records');
    return { items: items.map((r) => ({ ...r, nationalId: maskNationalId(r.nationalId) })), total };
  }

  /** The records, read with an access-log entry in the same transaction (decision 0018): they name people. */
  private async unmaskedRecords(ctx: RequestContext, query: DrillDownQueryDto, list: string): Promise<{ items: DrillDownRecord[]; total: Figures }> {
    const period = periodOf(query.year, query.yearType ?? 'fiscal');
    const items = await this.db.run(laoOf(ctx), async (tx) => {
      const rows = await this.reports.records(tx, period, query);
      await this.accessLog.record(tx, { actorId: ctx.userId, list, filters: { ...query }, count: rows.length });
      return rows;
    });
    const persons = new Set(items.map((r) => r.residentId)).size;
    const income = items.reduce((sum, r) => sum + Math.round(r.income * 100), 0) / 100;
    return { items, total: { persons, income, averagePerPerson: persons ? Math.round((income * 100) / persons) / 100 : 0 } };
  }

  /** The report as an A4 PDF in Thai. */
  async pdf(ctx: RequestContext, query: ReportQueryDto): Promise<Buffer> {
    return reportPdf(await this.get(ctx, query));
  }

  /** The report as a workbook (XLSX). */
  async workbook(ctx: RequestContext, query: ReportQueryDto): Promise<Buffer> {
    return reportWorkbook(await this.get(ctx, query));
  }

  /**
   * The records behind a figure as CSV. National IDs are masked unless the user asks for full
   * data, which is audited on every person's record in the file.
   */
  async recordsCsv(ctx: RequestContext, query: DrillDownExportQueryDto): Promise<Buffer> {
    const { items } = await this.unmaskedRecords(ctx, query, 'GET /api/reports/yearly/records/export');
    if (query.full) {
      await this.db.run(laoOf(ctx), async (tx) => {
        for (const residentId of new Set(items.map((r) => r.residentId))) {
          await this.audit.record(tx, { residentId, actorId: ctx.userId, action: 'export', note: `รายงานประจำปี ${query.year}: ส่งออกเลขประจำตัวประชาชนเต็ม` });
        }
      });
    }
    const shown = query.full ? items : items.map((r) => ({ ...r, nationalId: maskNationalId(r.nationalId) }));
    return recordsCsv(shown, query.layout ?? 'thai');
  }

  /**
   * Submits the report: its figures are computed once, in one snapshot of the database, and stored
   * as the submitted version (decision 0019); the response is that version. Only after the period.
   */
  async submit(ctx: RequestContext, year: number, yearType: YearType = 'fiscal', note: string | null = null): Promise<YearlyReport> {
    mayTakeSteps(ctx);
    const period = periodOf(year, yearType);
    if (!periodHasEnded(period)) throw periodOpen(period.end);
    const snapshot = await this.db.runAtSnapshot(laoOf(ctx), (tx) => this.figures(tx, year, yearType));
    return this.db.run(laoOf(ctx), async (tx) => {
      const report = await this.lockReport(tx, year, yearType);
      if (!SUBMITTABLE_STATUSES.includes(report.status)) throw stateError(report.status, 'เสนอ');
      const submitted: YearlyReport = { ...snapshot, version: 'submitted', status: 'submitted', submittedAt: new Date().toISOString(), approvedAt: null, steps: [] };
      await this.reports.storeSubmission(tx, report.id, submitted);
      await this.reports.addStep(tx, report.id, 'submit', ctx.userId, note ?? null);
      return { ...submitted, steps: await this.reports.steps(tx, report.id) };
    });
  }

  /**
   * Approves the submitted snapshot as it was submitted, never today's figures; never by the account
   * that submitted it. The approved figures are published for statistics.
   */
  approve(ctx: RequestContext, year: number, yearType: YearType = 'fiscal', note: string | null = null): Promise<YearlyReport> {
    mayTakeSteps(ctx);
    return this.db.run(laoOf(ctx), async (tx) => {
      const report = await this.lockReport(tx, year, yearType);
      if (report.status !== 'submitted' || !report.submitted) throw stateError(report.status, 'อนุมัติ');
      const submitter = await this.reports.lastStep(tx, report.id, 'submit');
      if (submitter?.actorId === ctx.userId) throw new DomainError(403, ERROR_CODES.forbidden, REPORT_MESSAGES.ownSubmission.th);
      const approved: YearlyReport = { ...report.submitted, version: 'approved', status: 'approved', approvedAt: new Date().toISOString(), steps: [] };
      await this.reports.storeApproval(tx, report.id, approved);
      await this.reports.publishFigures(tx, year, yearType, await this.orgUnits.provinceCodeOf(tx), [
        ...approved.models.map((m) => ({ model: m.model, persons: m.persons, income: m.income })),
        { model: 'total', persons: approved.total.persons, income: approved.total.income },
      ]);
      await this.reports.addStep(tx, report.id, 'approve', ctx.userId, note ?? null);
      return { ...approved, steps: await this.reports.steps(tx, report.id) };
    });
  }

  /** The admin sends the submission back to staff, with a reason; they resubmit. */
  returnToStaff(ctx: RequestContext, year: number, yearType: YearType = 'fiscal', reason: string): Promise<YearlyReport> {
    return this.step(ctx, year, yearType, 'submitted', 'returned', 'return', reason, 'ส่งกลับ');
  }

  /** Staff take their submission back while it awaits approval. */
  withdraw(ctx: RequestContext, year: number, yearType: YearType = 'fiscal'): Promise<YearlyReport> {
    return this.step(ctx, year, yearType, 'submitted', 'withdrawn', 'withdraw', null, 'ถอนการเสนอ');
  }

  /** The admin reopens an approved report (with a reason): its approved version is withdrawn from statistics. */
  reopen(ctx: RequestContext, year: number, yearType: YearType = 'fiscal', reason: string): Promise<YearlyReport> {
    return this.step(ctx, year, yearType, 'approved', 'reopened', 'reopen', reason, 'เปิดแก้ไข');
  }

  private async step(
    ctx: RequestContext,
    year: number,
    yearType: YearType,
    from: ReportStatus,
    to: ReportStatus,
    action: ReportStepAction,
    reason: string | null,
    verb: string,
  ): Promise<YearlyReport> {
    mayTakeSteps(ctx);
    await this.db.run(laoOf(ctx), async (tx) => {
      const report = await this.lockReport(tx, year, yearType);
      if (report.status !== from) throw stateError(report.status, verb);
      await this.reports.setStatus(tx, report.id, to);
      if (from === 'approved') await this.reports.withdrawFigures(tx, year, yearType);
      await this.reports.addStep(tx, report.id, action, ctx.userId, reason);
    });
    return this.liveReport(laoOf(ctx), year, yearType);
  }

  /** The report's row, locked for this transaction (created as a draft if there is none yet). */
  private async lockReport(tx: TenantTx, year: number, yearType: YearType): Promise<StoredReport> {
    const existing = await this.reports.findReport(tx, year, yearType, true);
    if (existing) return existing;
    await this.reports.createReport(tx, year, yearType);
    const created = await this.reports.findReport(tx, year, yearType, true);
    if (!created) throw notFound('รายงานประจำปี');
    return created;
  }

  /** Today's figures with the report's status and steps, all read in one snapshot. */
  private liveReport(laoId: string, year: number, yearType: YearType): Promise<YearlyReport> {
    return this.db.runAtSnapshot(laoId, async (tx) => {
      const stored = await this.reports.findReport(tx, year, yearType);
      const figures = await this.figures(tx, year, yearType);
      return { ...figures, status: stored?.status ?? 'draft', steps: stored ? await this.reports.steps(tx, stored.id) : [] };
    });
  }

  /**
   * Today's figures, computed in the caller's snapshot (a REPEATABLE READ transaction, so every
   * statement of the computation sees the same data). They are kept per LAO data version (decision
   * 0015): the version is read in the same snapshot, so it labels exactly the data they come from.
   */
  private async figures(tx: TenantTx, year: number, yearType: YearType): Promise<YearlyReport> {
    const version = await this.reports.dataVersion(tx);
    const key = `${tx.laoId}:${year}:${yearType}`;
    let figures = this.liveFigures.get(key, version);
    if (!figures) {
      figures = await this.compute(tx, year, yearType);
      this.liveFigures.set(key, version, figures);
    }
    return figures;
  }

  private async compute(tx: TenantTx, year: number, yearType: YearType): Promise<YearlyReport> {
    const period = periodOf(year, yearType);
    const cells = await this.reports.cells(tx, period);
    const months = monthsOf(period);
    const byMonth = (list: ReportCell[]): (Figures & { month: string })[] =>
      months.map((month) => ({ month, ...pick(list.find((c) => c.month === month) ?? { ...EMPTY }) }));
    // One after another: the statements of one transaction share its connection.
    const models: ModelReport[] = [];
    for (const model of MODELS) {
      const of = (list: ReportCell[]): ReportCell[] => list.filter((c) => c.model === model);
      models.push({
        model,
        ...pick(of(only(cells, 'model'))[0] ?? EMPTY),
        byMonth: byMonth(of(only(cells, 'model', 'month'))),
        bySex: of(only(cells, 'model', 'sex')).flatMap((c) => (c.sex ? [{ sex: c.sex, ...pick(c) }] : [])),
        byAgeBand: of(only(cells, 'model', 'ageBand')).flatMap((c) => (c.ageBand ? [{ ageBand: c.ageBand, ...pick(c) }] : [])).sort((a, b) => a.ageBand.localeCompare(b.ageBand)),
        byDisabilityType: of(only(cells, 'model', 'disabilityType')).flatMap((c) => (c.disabilityType ? [{ disabilityType: c.disabilityType, ...pick(c) }] : [])),
        details: await this.details(tx, model, year, yearType, period),
      });
    }
    const lao = await this.orgUnits.laoHeading(tx);
    return {
      lao,
      year,
      yearType,
      period,
      version: 'live',
      status: 'draft',
      submittedAt: null,
      approvedAt: null,
      total: { ...pick(only(cells)[0] ?? EMPTY), byMonth: byMonth(only(cells, 'month')) },
      models,
      steps: [],
    };
  }

  /** Each model's own figures, read from the model's repository: one place per model, not a copy here. */
  private details(tx: TenantTx, model: Model, year: number, yearType: YearType, period: Period): Promise<unknown> {
    if (model === 'section35') return this.section35.summary(tx, year, yearType, period);
    if (model === 'caregiver') return this.caregivers.summary(tx, year, yearType, period);
    return this.occupations.summary(tx, year, yearType, period, todayInBangkok());
  }
}
