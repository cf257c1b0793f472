import { Injectable } from '@nestjs/common';
import {
  ERROR_CODES, MODELS, REPORT_STATUS_LABELS,
  type DrillDownExportQueryDto, type DrillDownQueryDto, type Figures, type Model, type ModelReport, type ReportQueryDto, type ReportStatus, type YearlyReport,
} from '@elderwork/contracts';
import { maskNationalId, monthsOf, periodOf, todayInBangkok, type Period } from '@elderwork/thai';
import { DomainError, forbidden, notFound } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import { TenantDb, type TenantTx } from '../database/tenant-db';
import { fullName } from '../org-units/org-unit-view';
import { CaregiversSummaryRepository } from '../caregivers/caregivers-summary.repository';
import { OccupationsSummaryRepository } from '../occupations/summary/occupations-summary.repository';
import { Section35SummaryRepository } from '../section35/section35-summary.repository';
import { AuditRepository } from '../residents/audit.repository';
import { reportPdf } from './report-pdf';
import { reportWorkbook } from './report-workbook';
import { recordsCsv } from './records-csv';
import { VersionedCache } from '../database/versioned-cache';
import { ReportsRepository, type DrillDownRecord, type ReportCell } from './reports.repository';

type YearType = 'fiscal' | 'calendar';
const EMPTY: Figures = { persons: 0, income: 0, averagePerPerson: 0 };
const pick = ({ persons, income, averagePerPerson }: Figures): Figures => ({ persons, income, averagePerPerson });
const only = (cells: ReportCell[], ...by: ReportCell['by']): ReportCell[] =>
  cells.filter((c) => c.by.length === by.length && by.every((d) => c.by.includes(d)));

const stateError = (status: ReportStatus, action: string): DomainError =>
  new DomainError(409, ERROR_CODES.reportState, `รายงานอยู่ในสถานะ "${REPORT_STATUS_LABELS[status].th}" จึง${action}ไม่ได้`);

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
  ) {}

  get(ctx: RequestContext, query: ReportQueryDto): Promise<YearlyReport> {
    const yearType = query.yearType ?? 'fiscal';
    return this.db.run(laoOf(ctx), async (tx) => {
      const stored = await this.reports.findReport(tx, query.year, yearType);
      if (query.version === 'approved') {
        if (stored?.status !== 'approved') throw notFound('รายงานฉบับที่อนุมัติแล้วของปีนี้');
        return { ...(stored.approvedFigures as YearlyReport), steps: await this.reports.steps(tx, stored.id) };
      }
      return this.live(tx, query.year, yearType, stored?.status ?? 'draft', stored ? await this.reports.steps(tx, stored.id) : []);
    });
  }

  /**
   * The records behind a figure, national IDs masked (decision 0021): a list on the screen needs
   * no full ID; the full IDs leave only through the audited export (`full=true`).
   */
  async records(ctx: RequestContext, query: DrillDownQueryDto): Promise<{ items: DrillDownRecord[]; total: Figures }> {
    const { items, total } = await this.unmaskedRecords(ctx, query);
    return { items: items.map((r) => ({ ...r, nationalId: maskNationalId(r.nationalId) })), total };
  }

  private async unmaskedRecords(ctx: RequestContext, query: DrillDownQueryDto): Promise<{ items: DrillDownRecord[]; total: Figures }> {
    const period = periodOf(query.year, query.yearType ?? 'fiscal');
    const items = await this.db.run(laoOf(ctx), (tx) => this.reports.records(tx, period, query));
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
    const { items } = await this.unmaskedRecords(ctx, query);
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

  submit(ctx: RequestContext, year: number, yearType: YearType = 'fiscal'): Promise<YearlyReport> {
    return this.step(ctx, year, yearType, async (tx, report) => {
      if (report.status !== 'draft' && report.status !== 'reopened') throw stateError(report.status, 'เสนอ');
      await this.reports.setStatus(tx, report.id, 'submitted', null);
      await this.reports.addStep(tx, report.id, 'submit', ctx.userId, null);
    });
  }

  approve(ctx: RequestContext, year: number, yearType: YearType = 'fiscal'): Promise<YearlyReport> {
    return this.step(ctx, year, yearType, async (tx, report) => {
      if (report.status !== 'submitted') throw stateError(report.status, 'อนุมัติ');
      const submitter = await this.reports.lastStep(tx, report.id, 'submit');
      if (submitter?.actorId === ctx.userId) {
        throw new DomainError(403, ERROR_CODES.forbidden, 'ผู้เสนอรายงานไม่สามารถอนุมัติรายงานของตนเองได้ ต้องให้ผู้บริหารอีกท่านอนุมัติ');
      }
      // Freeze: the approved version is the live report at this moment.
      const frozen = await this.live(tx, year, yearType, 'approved', []);
      await this.reports.setStatus(tx, report.id, 'approved', { figures: { ...frozen, version: 'approved', approvedAt: new Date().toISOString(), steps: [] } });
      await this.reports.publishFigures(tx, year, yearType, await this.provinceOf(tx), [
        ...frozen.models.map((m) => ({ model: m.model, persons: m.persons, income: m.income })),
        { model: 'total', persons: frozen.total.persons, income: frozen.total.income },
      ]);
      await this.reports.addStep(tx, report.id, 'approve', ctx.userId, null);
    });
  }

  reopen(ctx: RequestContext, year: number, yearType: YearType = 'fiscal', reason: string): Promise<YearlyReport> {
    return this.step(ctx, year, yearType, async (tx, report) => {
      if (report.status !== 'approved') throw stateError(report.status, 'เปิดแก้ไข');
      await this.reports.setStatus(tx, report.id, 'reopened', null);
      await this.reports.withdrawFigures(tx, year, yearType);
      await this.reports.addStep(tx, report.id, 'reopen', ctx.userId, reason);
    });
  }

  private step(
    ctx: RequestContext,
    year: number,
    yearType: YearType,
    change: (tx: TenantTx, report: { id: string; status: ReportStatus }) => Promise<void>,
  ): Promise<YearlyReport> {
    if (ctx.role !== 'staff' && ctx.role !== 'lao_admin') throw forbidden();
    return this.db.run(laoOf(ctx), async (tx) => {
      const existing = await this.reports.findReport(tx, year, yearType, true);
      const report = existing ?? { id: await this.reports.createReport(tx, year, yearType), status: 'draft' as ReportStatus };
      await change(tx, report);
      const now = await this.reports.findReport(tx, year, yearType);
      return this.live(tx, year, yearType, now!.status, await this.reports.steps(tx, report.id));
    });
  }

  /**
   * Today's figures with the report's status and steps. The figures are kept per LAO data version
   * (decision 0015): computing them reads the LAO's whole year, reading them back does not. A
   * transaction that has itself written computes afresh and keeps nothing.
   */
  private async live(tx: TenantTx, year: number, yearType: YearType, status: ReportStatus, steps: YearlyReport['steps']): Promise<YearlyReport> {
    const { version, dirty } = await this.reports.dataVersion(tx);
    const key = `${tx.laoId}:${year}:${yearType}`;
    let figures = dirty ? undefined : this.liveFigures.get(key, version);
    if (!figures) {
      figures = await this.compute(tx, year, yearType);
      if (!dirty) this.liveFigures.set(key, version, figures);
    }
    return { ...figures, status, steps };
  }

  private async compute(tx: TenantTx, year: number, yearType: YearType): Promise<YearlyReport> {
    const period = periodOf(year, yearType);
    const cells = await this.reports.cells(tx, period);
    const months = monthsOf(period);
    const byMonth = (list: ReportCell[]): (Figures & { month: string })[] =>
      months.map((month) => ({ month, ...pick(list.find((c) => c.month === month) ?? { ...EMPTY }) }));
    const models: ModelReport[] = await Promise.all(
      MODELS.map(async (model): Promise<ModelReport> => {
        const of = (list: ReportCell[]): ReportCell[] => list.filter((c) => c.model === model);
        return {
          model,
          ...pick(of(only(cells, 'model'))[0] ?? EMPTY),
          byMonth: byMonth(of(only(cells, 'model', 'month'))),
          bySex: of(only(cells, 'model', 'sex')).map((c) => ({ sex: c.sex!, ...pick(c) })),
          byAgeBand: of(only(cells, 'model', 'ageBand')).map((c) => ({ ageBand: c.ageBand!, ...pick(c) })).sort((a, b) => a.ageBand.localeCompare(b.ageBand)),
          byDisabilityType: of(only(cells, 'model', 'disabilityType')).map((c) => ({ disabilityType: c.disabilityType!, ...pick(c) })),
          details: await this.details(tx, model, year, yearType, period),
        };
      }),
    );
    const [lao] = await tx.query<{ id: string; code: string; name: string; type: 'lao'; lao_type: never }>(
      `SELECT id, code, name, type, lao_type FROM org_unit WHERE id = $1`,
      [tx.laoId],
    );
    return {
      lao: { id: lao!.id, code: lao!.code, name: fullName(lao!) },
      year,
      yearType,
      period,
      version: 'live',
      status: 'draft',
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

  private async provinceOf(tx: TenantTx): Promise<string> {
    const [row] = await tx.query<{ province_code: string }>(`SELECT province_code FROM org_unit WHERE id = $1`, [tx.laoId]);
    return row!.province_code;
  }
}
