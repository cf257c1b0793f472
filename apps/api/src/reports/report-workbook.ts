import ExcelJS from 'exceljs';
import { MODEL_LABELS, REPORT_STATUS_LABELS, REPORT_STEP_LABELS, type Figures, type YearlyReport } from '@elderwork/contracts';
import { formatBangkokDateTime, formatThaiDate, formatThaiMonth } from '@elderwork/thai';
import { addSafeRow, type SheetValue } from '../common/spreadsheet-cells';
import { ageBandLabel, channelLabel, disabilityLabel, incomeSourceLabel, modalityLabel, occupationIncome, section35Details, sexLabel } from './report-labels';

const FIGURE_HEADINGS = ['ผู้สูงอายุ (คน)', 'รายได้ (บาท)', 'เฉลี่ยต่อคน (บาท)'];
const figures = (f: Figures): number[] => [f.persons, f.income, f.averagePerPerson];
const MONEY = '#,##0.00';

/**
 * The yearly report as a workbook for people: a summary sheet (status, steps, figures, months) and
 * one sheet per model (months, sex, age band, disability type, and the model's own breakdowns) —
 * Thai headings and labels, months with BE years, no ids; numbers stay numbers; no cell is a
 * formula, whatever its text starts with.
 */
export async function reportWorkbook(report: YearlyReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('สรุป');
  /** A row; `money` are the (0-based) columns that hold baht, shown with two decimals. */
  const add = (sheet: ExcelJS.Worksheet, values: SheetValue[], bold = false, money: number[] = []): void => {
    const row = addSafeRow(sheet, values);
    if (bold) row.font = { bold: true };
    for (const i of money) if (typeof values[i] === 'number') row.getCell(i + 1).numFmt = MONEY;
  };
  const FIGURE_MONEY = [2, 3];
  add(summary, ['รายงานรายได้ผู้สูงอายุประจำปี', report.lao.name], true);
  add(summary, [report.yearType === 'fiscal' ? 'ปีงบประมาณ พ.ศ.' : 'ปีปฏิทิน พ.ศ.', report.year]);
  add(summary, ['ช่วงเวลา', `${formatThaiDate(report.period.start, { style: 'long' })} – ${formatThaiDate(report.period.end, { style: 'long' })}`]);
  add(summary, ['สถานะ', REPORT_STATUS_LABELS[report.status].th, report.version === 'approved' ? 'ฉบับอนุมัติ' : report.version === 'submitted' ? 'ฉบับที่เสนอ' : 'ตัวเลขปัจจุบัน']);
  for (const step of report.steps) {
    add(summary, [REPORT_STEP_LABELS[step.action]?.th ?? step.action, step.by.displayName, `${formatBangkokDateTime(step.at, 'long')} (เวลากรุงเทพฯ)`, step.reason]);
  }
  add(summary, []);
  add(summary, ['รูปแบบ', ...FIGURE_HEADINGS], true);
  for (const model of report.models) add(summary, [MODEL_LABELS[model.model].th, ...figures(model)], false, FIGURE_MONEY);
  add(summary, ['รวมทุกรูปแบบ (นับคนซ้ำครั้งเดียว)', ...figures(report.total)], true, FIGURE_MONEY);
  add(summary, []);
  add(summary, ['เดือน', ...FIGURE_HEADINGS], true);
  for (const m of report.total.byMonth) add(summary, [formatThaiMonth(m.month), ...figures(m)], false, FIGURE_MONEY);

  for (const model of report.models) {
    const sheet = workbook.addWorksheet(MODEL_LABELS[model.model].th.slice(0, 31));
    add(sheet, [MODEL_LABELS[model.model].th, ...figures(model)], true, FIGURE_MONEY);
    const section = (title: string, headings: string[], money: number[], rows: SheetValue[][]): void => {
      add(sheet, []);
      add(sheet, [title, ...headings], true);
      for (const row of rows) add(sheet, row, false, money);
    };
    const breakdown = (title: string, rows: [string, Figures][]): void => section(title, FIGURE_HEADINGS, FIGURE_MONEY, rows.map(([label, f]) => [label, ...figures(f)]));
    breakdown('เดือน', model.byMonth.map((m) => [formatThaiMonth(m.month), m]));
    breakdown('เพศ', model.bySex.map((m) => [sexLabel(m.sex), m]));
    breakdown('ช่วงอายุ', model.byAgeBand.map((m) => [ageBandLabel(m.ageBand), m]));
    breakdown('ประเภทความพิการ', model.byDisabilityType.map((m) => [disabilityLabel(m.disabilityType), m]));
    const s35 = model.model === 'section35' ? section35Details(model.details) : null;
    if (s35) {
      const headings = ['คนพิการ (คน)', 'ข้อตกลง', 'มูลค่า (บาท)', 'จ่ายแล้ว (บาท)'];
      section('รูปแบบตามมาตรา 35', headings, [3, 4], s35.byModality.map((g) => [modalityLabel(g.modality), g.persons, g.placements, g.value, g.paid]));
      section('สถานประกอบการ', headings, [3, 4], s35.byEmployer.map((g) => [g.name, g.persons, g.placements, g.value, g.paid]));
    }
    const income = model.model === 'occupation' ? occupationIncome(model.details) : null;
    if (income) {
      const headings = ['ผู้สูงอายุ (คน)', 'รายการ', 'รายได้ (บาท)'];
      section('แหล่งรายได้', headings, [3], income.bySource.map((g) => [incomeSourceLabel(g.source), g.persons, g.records, g.amount]));
      section('ช่องทางจำหน่าย', headings, [3], income.byChannel.map((g) => [channelLabel(g.channel), g.persons, g.records, g.amount]));
    }
  }
  for (const sheet of workbook.worksheets) {
    sheet.getColumn(1).width = 40;
    for (const col of [2, 3, 4, 5]) sheet.getColumn(col).width = 18;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
