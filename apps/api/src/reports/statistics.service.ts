import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { MODEL_LABELS, type Model, type Statistics, type StatisticsExportQueryDto, type StatisticsGroup, type StatisticsQueryDto, type StatisticsRow } from '@elderwork/contracts';
import { forbidden } from '../common/domain-errors';
import { addSafeRow, toCsv, type SheetValue } from '../common/spreadsheet-cells';
import type { RequestContext } from '../common/request-context';
import { TenantDb, type StatisticsScope } from '../database/tenant-db';
import { releaseSolver } from './release-audit';
import { MINIMUM_CELL } from './small-cells';
import { protectRelease, RELEASE_COLUMNS, type ReleaseGroup, type ReleaseLevel } from './statistics-release';
import { StatisticsRepository } from './statistics.repository';

const COLUMNS = RELEASE_COLUMNS;
/** Which groups of the release each grouping reads: rows, and the total line under them. */
const LEVELS: Record<'nation' | 'province', Record<StatisticsGroup, { rows: ReleaseLevel; total: ReleaseLevel }>> = {
  nation: { lao: { rows: 'lao', total: 'nation' }, laoType: { rows: 'laoType', total: 'nation' }, province: { rows: 'province', total: 'nation' }, nation: { rows: 'nation', total: 'nation' } },
  // A provincial officer reads the same release, their province's groups only: its LAOs, its LAO types, its total.
  province: { lao: { rows: 'lao', total: 'province' }, laoType: { rows: 'cross', total: 'province' }, province: { rows: 'province', total: 'province' }, nation: { rows: 'province', total: 'province' } },
};
const GROUP_HEADINGS: Record<StatisticsGroup, string> = { lao: 'องค์กรปกครองส่วนท้องถิ่น', laoType: 'ประเภท อปท.', province: 'จังหวัด', nation: 'ทั้งประเทศ' };

/** Aggregates for provincial and DLA officers: approved reports only, small cells protected. */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly db: TenantDb,
    private readonly statistics: StatisticsRepository,
  ) {}

  /** One grouping of the year's protected release, as the officer's scope may read it. */
  async get(ctx: RequestContext, query: StatisticsQueryDto): Promise<Statistics> {
    const scope = this.scopeOf(ctx);
    const yearType = query.yearType ?? 'fiscal';
    const groupBy = query.groupBy ?? 'province';
    const province = scope === 'nation' ? null : scope.province;
    await this.release(query.year, yearType);
    const levels = LEVELS[scope === 'nation' ? 'nation' : 'province'][groupBy];
    const { rows, total, coverage } = await this.db.readStatistics(scope, async (manager) => ({
      rows: await this.statistics.releaseGroups(manager, query.year, yearType, levels.rows),
      total: await this.statistics.releaseGroups(manager, query.year, yearType, levels.total),
      coverage: await this.statistics.coverage(manager, query.year, yearType, province),
    }));
    const model = query.model ?? null;
    return {
      year: query.year,
      yearType,
      groupBy,
      model,
      // A provincial officer's LAO types are the release's province × type groups, keyed by the type.
      rows: rows.map((g) => this.row(g.level === 'cross' ? g.key.slice(g.key.indexOf(':') + 1) : g.key, g.label, g, model)),
      total: this.row('total', 'รวม', total[0] ?? null, model),
      coverage,
      minimumCell: MINIMUM_CELL,
    };
  }

  /**
   * The year's release, rebuilt in the 'nation' scope when the approved figures it was built
   * from have changed (an approval, a reopening): every reader of a version reads the same
   * protected cells, and suppression runs once per change, not per request.
   */
  private async release(year: number, yearType: 'fiscal' | 'calendar'): Promise<void> {
    const fresh = await this.db.readStatistics('nation', async (manager) => (await this.statistics.releaseKey(manager, year, yearType)) === (await this.statistics.versionKey(manager, year, yearType)));
    if (fresh) return;
    await this.db.readStatistics('nation', async (manager) => {
      const key = await this.statistics.versionKey(manager, year, yearType);
      if ((await this.statistics.releaseKey(manager, year, yearType, true)) === key) return;
      await this.statistics.saveRelease(manager, year, yearType, key, protectRelease(await this.statistics.laoFigures(manager, year, yearType), await releaseSolver()));
    });
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

  private row(key: string, label: string, group: ReleaseGroup | null, model: Model | null): StatisticsRow {
    const zero = { persons: 0, income: 0, suppressed: false };
    return { key, label, models: Object.fromEntries(COLUMNS.filter((c) => model === null || c === model).map((c) => [c, group?.cells[c] ?? zero])) };
  }
}
