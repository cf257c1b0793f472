import ExcelJS from 'exceljs';
import { MODEL_LABELS, REPORT_STATUS_LABELS, type Figures, type YearlyReport } from '@elderwork/contracts';
import { formatThaiDate } from '@elderwork/thai';

const FIGURE_HEADINGS = ['ผู้สูงอายุ (คน)', 'รายได้ (บาท)', 'เฉลี่ยต่อคน (บาท)'];
const figures = (f: Figures): number[] => [f.persons, f.income, f.averagePerPerson];
const MONEY = '#,##0.00';

/** The yearly report as a workbook: a summary sheet and one sheet per model; numbers stay numbers. */
export async function reportWorkbook(report: YearlyReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('สรุป');
  summary.addRow(['รายงานรายได้ผู้สูงอายุประจำปี', report.lao.name]).font = { bold: true };
  summary.addRow([report.yearType === 'fiscal' ? 'ปีงบประมาณ พ.ศ.' : 'ปีปฏิทิน พ.ศ.', report.year]);
  summary.addRow(['ช่วงเวลา', `${formatThaiDate(report.period.start, { style: 'long' })} – ${formatThaiDate(report.period.end, { style: 'long' })}`]);
  summary.addRow(['สถานะ', REPORT_STATUS_LABELS[report.status].th, report.version === 'approved' ? 'ฉบับอนุมัติ' : 'ตัวเลขปัจจุบัน']);
  summary.addRow([]);
  summary.addRow(['รูปแบบ', ...FIGURE_HEADINGS]).font = { bold: true };
  for (const model of report.models) summary.addRow([MODEL_LABELS[model.model].th, ...figures(model)]);
  summary.addRow(['รวมทุกรูปแบบ (นับคนซ้ำครั้งเดียว)', ...figures(report.total)]).font = { bold: true };
  summary.addRow([]);
  summary.addRow(['เดือน', ...FIGURE_HEADINGS]).font = { bold: true };
  for (const m of report.total.byMonth) summary.addRow([m.month, ...figures(m)]);

  for (const model of report.models) {
    const sheet = workbook.addWorksheet(MODEL_LABELS[model.model].th.slice(0, 31));
    sheet.addRow([MODEL_LABELS[model.model].th, ...figures(model)]).font = { bold: true };
    const section = (title: string, rows: [string, Figures][]): void => {
      sheet.addRow([]);
      sheet.addRow([title, ...FIGURE_HEADINGS]).font = { bold: true };
      for (const [label, f] of rows) sheet.addRow([label, ...figures(f)]);
    };
    section('เดือน', model.byMonth.map((m) => [m.month, m]));
    section('เพศ', model.bySex.map((m) => [m.sex === 'male' ? 'ชาย' : 'หญิง', m]));
    section('ช่วงอายุ', model.byAgeBand.map((m) => [m.ageBand, m]));
    section('ประเภทความพิการ', model.byDisabilityType.map((m) => [m.disabilityType, m]));
  }
  for (const sheet of workbook.worksheets) {
    sheet.getColumn(1).width = 34;
    for (const col of [2, 3, 4]) {
      sheet.getColumn(col).width = 18;
    }
    sheet.getColumn(3).numFmt = MONEY;
    sheet.getColumn(4).numFmt = MONEY;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
