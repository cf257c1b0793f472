import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { LAO_TYPE_LABELS, MODEL_LABELS, type LaoType, type Model, type Statistics, type StatisticsCell, type StatisticsExportQueryDto, type StatisticsGroup, type StatisticsQueryDto, type StatisticsRow } from '@elderwork/contracts';
import { forbidden } from '../common/domain-errors';
import { addSafeRow, toCsv, type SheetValue } from '../common/spreadsheet-cells';
import type { RequestContext } from '../common/request-context';
import { TenantDb, type StatisticsScope } from '../database/tenant-db';
import { MINIMUM_CELL } from './small-cells';
import { COLUMNS, groupId, protectRelease, publishedCells, type Grouping, type LaoFigures, type Release, type ReleaseGroup } from './statistics-release';
import { StatisticsRepository, type LaoFigureRow } from './statistics.repository';

const GROUP_HEADINGS: Record<StatisticsGroup, string> = { lao: 'องค์กรปกครองส่วนท้องถิ่น', laoType: 'ประเภท อปท.', province: 'จังหวัด', nation: 'ทั้งประเทศ' };

interface Labels { lao: Map<string, string>; province: Map<string, string> }
interface BuiltRelease { version: string; release: Release; labels: Labels }

/** The LAOs' approved figures as the release's input, and the labels of its groups. */
function buildRelease(rows: LaoFigureRow[]): { release: Release; labels: Labels } {
  const laos = new Map<string, LaoFigures>();
  const labels: Labels = { lao: new Map(), province: new Map() };
  for (const r of rows) {
    let lao = laos.get(r.code);
    if (!lao) {
      lao = { key: r.code, province: r.provinceCode, laoType: r.laoType, cells: Object.fromEntries(COLUMNS.map((c) => [c, { persons: 0, income: 0 }])) as LaoFigures['cells'] };
      laos.set(r.code, lao);
      labels.lao.set(r.code, r.laoName);
      labels.province.set(r.provinceCode, r.provinceName);
    }
    if ((COLUMNS as readonly string[]).includes(r.model)) lao.cells[r.model as (typeof COLUMNS)[number]] = { persons: r.persons, income: r.income };
  }
  return { release: protectRelease([...laos.values()]), labels };
}

/** Aggregates for provincial and DLA officers: approved reports only, small cells protected. */
@Injectable()
export class StatisticsService {
  /** The releases built, per (year, yearType), with the fingerprint of the figures they were built from. */
  private readonly releases = new Map<string, BuiltRelease>();

  constructor(
    private readonly db: TenantDb,
    private readonly statistics: StatisticsRepository,
  ) {}

  async get(ctx: RequestContext, query: StatisticsQueryDto): Promise<Statistics> {
    const scope = this.scopeOf(ctx);
    const yearType = query.yearType ?? 'fiscal';
    const groupBy = query.groupBy ?? 'province';
    const province = scope === 'nation' ? null : scope.province;
    const coverage = await this.db.readStatistics(scope, (manager) => this.statistics.coverage(manager, query.year, yearType, province));
    const { release, labels } = await this.release(query.year, yearType);
    const { rows, total } = this.table(release, labels, groupBy, province, query.model ?? null);
    return { year: query.year, yearType, groupBy, model: query.model ?? null, rows, total, coverage, minimumCell: MINIMUM_CELL };
  }

  /**
   * The year's one protected release, built from the whole nation's approved figures and kept until
   * they change (their fingerprint is read first, so a release is never labelled newer than its
   * figures). Every grouping and every officer's view is cut from it (docs/decisions/0020).
   */
  private async release(year: number, yearType: string): Promise<BuiltRelease> {
    const key = `${year}:${yearType}`;
    return this.db.readStatistics('nation', async (manager) => {
      const version = await this.statistics.figuresVersion(manager, year, yearType);
      const kept = this.releases.get(key);
      if (kept?.version === version) return kept;
      const figures = await this.statistics.laoFigures(manager, year, yearType);
      const built = { version, ...buildRelease(figures) };
      this.releases.set(key, built);
      return built;
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

  /** The rows of one grouping as the officer's scope sees them: the DLA the nation, a province its own part. */
  private table(release: Release, labels: Labels, groupBy: StatisticsGroup, province: string | null, model: Model | null): { rows: StatisticsRow[]; total: StatisticsRow } {
    const toRow = (key: string, label: string, id: string | null): StatisticsRow => {
      const cells = id && release.groups.has(id) ? publishedCells(release, id) : null;
      const empty: StatisticsCell = { persons: 0, income: 0, suppressed: false };
      return { key, label, models: Object.fromEntries(COLUMNS.filter((c) => model === null || c === model).map((c) => [c, cells?.[c] ?? empty])) };
    };
    const whole = province === null ? groupId('nation', 'TH') : groupId('province', province);
    const groups = [...release.groups.entries()].sort(([a], [b]) => a.localeCompare(b));
    const pick = (grouping: Grouping): [string, ReleaseGroup][] => groups.filter(([, g]) => g.grouping === grouping && (province === null || g.province === province));
    let rows: StatisticsRow[];
    if (groupBy === 'lao') rows = pick('lao').map(([id, g]) => toRow(g.key, labels.lao.get(g.key) ?? g.key, id));
    else if (groupBy === 'laoType') rows = pick(province === null ? 'laoType' : 'cross').map(([id, g]) => toRow(g.laoType!, LAO_TYPE_LABELS[g.laoType as LaoType]?.th ?? g.laoType!, id));
    else if (groupBy === 'province') rows = pick('province').map(([id, g]) => toRow(g.key, labels.province.get(g.key) ?? g.key, id));
    else rows = release.groups.has(whole) ? [toRow('TH', 'ประเทศไทย', whole)] : [];
    return { rows, total: toRow('total', 'รวม', whole) };
  }
}
