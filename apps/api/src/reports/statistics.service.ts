import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { MODELS, MODEL_LABELS, type Model, type Statistics, type StatisticsCell, type StatisticsExportQueryDto, type StatisticsGroup, type StatisticsQueryDto, type StatisticsRow } from '@elderwork/contracts';
import { forbidden } from '../common/domain-errors';
import { addSafeRow, toCsv, type SheetValue } from '../common/spreadsheet-cells';
import type { RequestContext } from '../common/request-context';
import { TenantDb, type StatisticsScope } from '../database/tenant-db';
import { MINIMUM_CELL, protect, type Cell } from './small-cells';
import { StatisticsRepository, type FigureRow } from './statistics.repository';

const COLUMNS = [...MODELS, 'total'] as const;
const GROUP_HEADINGS: Record<StatisticsGroup, string> = { lao: 'องค์กรปกครองส่วนท้องถิ่น', laoType: 'ประเภท อปท.', province: 'จังหวัด', nation: 'ทั้งประเทศ' };
type Column = (typeof COLUMNS)[number];

/** Aggregates for provincial and DLA officers: approved reports only, small cells protected. */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly db: TenantDb,
    private readonly statistics: StatisticsRepository,
  ) {}

  async get(ctx: RequestContext, query: StatisticsQueryDto): Promise<Statistics> {
    const scope = this.scopeOf(ctx);
    const yearType = query.yearType ?? 'fiscal';
    const groupBy = query.groupBy ?? 'province';
    const province = scope === 'nation' ? null : scope.province;
    const { figures, coverage } = await this.db.readStatistics(scope, async (manager) => ({
      figures: await this.statistics.figures(manager, query.year, yearType, groupBy),
      coverage: await this.statistics.coverage(manager, query.year, yearType, province),
    }));
    const { rows, total } = this.table(figures, query.model ?? null);
    return { year: query.year, yearType, groupBy, model: query.model ?? null, rows, total, coverage, minimumCell: MINIMUM_CELL };
  }

  async missing(ctx: RequestContext, query: StatisticsQueryDto): Promise<{ code: string; name: string; province: string }[]> {
    const scope = this.scopeOf(ctx);
    return this.db.readStatistics(scope, (manager) =>
      this.statistics.missing(manager, query.year, query.yearType ?? 'fiscal', scope === 'nation' ? null : scope.province),
    );
  }

  /**
   * CSV (UTF-8 with BOM, for Excel) or XLSX of the same protected table, hidden cells blank.
   * For people (the default): Thai headings and group names, the official code only where there is
   * one (LAO, province). `layout=codes` (CSV): the English headers and keys for systems.
   */
  async export(ctx: RequestContext, query: StatisticsExportQueryDto): Promise<Buffer> {
    const stats = await this.get(ctx, query);
    const columns = COLUMNS.filter((c) => stats.rows.concat(stats.total).some((r) => r.models[c]));
    const figures = (row: StatisticsRow): SheetValue[] => columns.flatMap((c) => [row.models[c]?.persons ?? null, row.models[c]?.income ?? null]);
    if (query.format === 'csv' && query.layout === 'codes') {
      const header = ['key', 'label', ...columns.flatMap((c) => [`${c}Persons`, `${c}Income`])];
      return toCsv([header, ...[...stats.rows, stats.total].map((row) => [row.key, row.label, ...figures(row)])]);
    }
    const coded = stats.groupBy === 'lao' || stats.groupBy === 'province';
    const header = [
      ...(coded ? ['รหัส'] : []),
      GROUP_HEADINGS[stats.groupBy],
      ...columns.flatMap((c) => {
        const name = c === 'total' ? 'รวมทุกรูปแบบ' : MODEL_LABELS[c].th;
        return [`${name} (คน)`, `${name} (บาท)`];
      }),
    ];
    const line = (row: StatisticsRow, total = false): SheetValue[] => [...(coded ? [total ? '' : row.key] : []), row.label, ...figures(row)];
    const body = [...stats.rows.map((r) => line(r)), line(stats.total, true)];
    if (query.format === 'csv') return toCsv([header, ...body]);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('สถิติ');
    addSafeRow(sheet, [stats.yearType === 'fiscal' ? 'ปีงบประมาณ พ.ศ.' : 'ปีปฏิทิน พ.ศ.', stats.year]);
    addSafeRow(sheet, ['อปท. ที่อนุมัติรายงานแล้ว', stats.coverage.laosApproved, 'จาก', stats.coverage.laosInScope]);
    addSafeRow(sheet, [`ช่องที่มีผู้สูงอายุน้อยกว่า ${MINIMUM_CELL} คนไม่เปิดเผย (เว้นว่าง)`]);
    addSafeRow(sheet, header).font = { bold: true };
    for (const row of body) addSafeRow(sheet, row);
    sheet.getColumn(coded ? 2 : 1).width = 40;
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  private scopeOf(ctx: RequestContext): StatisticsScope {
    if (ctx.role === 'dla_officer') return 'nation';
    if (ctx.role === 'province_officer' && ctx.provinceCode) return { province: ctx.provinceCode };
    throw forbidden();
  }

  private table(figures: FigureRow[], model: Model | null): { rows: StatisticsRow[]; total: StatisticsRow } {
    const groups = [...new Map(figures.map((f) => [f.key, f.label])).entries()];
    const cell = (key: string | null, column: Column): Cell => {
      const matching = figures.filter((f) => (key === null || f.key === key) && f.model === column);
      return { persons: matching.reduce((a, f) => a + f.persons, 0), income: Math.round(matching.reduce((a, f) => a + f.income * 100, 0)) / 100 };
    };
    const grid = [...groups.map(([key]) => COLUMNS.map((c) => cell(key, c))), COLUMNS.map((c) => cell(null, c))];
    const protectedGrid = protect(grid);
    const toRow = (key: string, label: string, cells: StatisticsCell[]): StatisticsRow => ({
      key,
      label,
      models: Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i]!]).filter(([c]) => model === null || c === model)),
    });
    return {
      rows: groups.map(([key, label], r) => toRow(key, label, protectedGrid[r]!)),
      total: toRow('total', 'รวม', protectedGrid[protectedGrid.length - 1]!),
    };
  }
}
