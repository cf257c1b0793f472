import { at } from '../common/arrays';
import { MODEL_LABELS, REPORT_STATUS_LABELS, REPORT_STEP_LABELS, type Figures, type YearlyReport } from '@elderwork/contracts';
import { bahtToSatang, formatBaht, formatBangkokDateTime, formatThaiDate, formatThaiMonth, todayInBangkok } from '@elderwork/thai';
import { ageBandLabel, disabilityLabel, incomeSourceLabel, modalityLabel, occupationIncome, section35Details, sexLabel } from './report-labels';
import { drawn } from '../common/pdf-text-layer';
import { finish, tableRow, thaiPdf } from '../common/thai-pdf';

const baht = (n: number): string => formatBaht(bahtToSatang(n) ?? 0, 'th');

const MARGIN = 50;

const FOOTER = 30;

/**
 * The yearly report as an A4 PDF in Thai. Every row is as tall as its tallest cell (wrapped text
 * measured, never drawn over the next row); dates and times are Bangkok's; every page says
 * "หน้า X / Y".
 * An embedded Thai font (Laksaman, TLWG/SIPA, GPL with the
 * font exception: assets/fonts/LICENSE.txt), Buddhist-Era dates, the LAO's name, the status, the
 * figures as tables, and the approval signature block.
 */
export function reportPdf(report: YearlyReport): Promise<Buffer> {
  const pdf = thaiPdf(`รายงานรายได้ผู้สูงอายุ ${report.lao.name} ${report.year}`, MARGIN);
  const { doc } = pdf;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = (): number => doc.page.height - MARGIN - FOOTER;
  const ensure = (height: number): void => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const period = `${formatThaiDate(report.period.start, { style: 'long' })} – ${formatThaiDate(report.period.end, { style: 'long' })}`;
  doc.font('th-bold').fontSize(20).text(drawn('รายงานรายได้ของผู้สูงอายุประจำปี'), { align: 'center' });
  doc.fontSize(17).text(drawn(report.lao.name), { align: 'center' });
  doc.font('th').fontSize(15).text(drawn(`${report.yearType === 'fiscal' ? 'ปีงบประมาณ' : 'ปีปฏิทิน'} พ.ศ. ${report.year} (${period})`), { align: 'center' });
  const version = report.version === 'approved' ? 'ฉบับอนุมัติ' : report.version === 'submitted' ? 'ฉบับที่เสนอ' : 'ตัวเลข ณ วันที่พิมพ์';
  doc.text(drawn(`สถานะ: ${REPORT_STATUS_LABELS[report.status].th} · ${version} · พิมพ์เมื่อ ${formatThaiDate(todayInBangkok(), { style: 'long' })}`), { align: 'center' });
  doc.moveDown(0.5);

  /** A table row: each cell wrapped within its column, the row as tall as its tallest cell. */
  const row = (cells: string[], fractions: number[], bold = false, textColumns = 1): void => tableRow(pdf, cells, fractions, { bold, textColumns, footer: FOOTER });
  const FIGURE_COLUMNS = [0.46, 0.14, 0.2, 0.2];
  /** A titled table; the first `textColumns` columns are text (left), the rest figures (right). */
  const table = (title: string, headings: string[], rows: string[][], fractions = FIGURE_COLUMNS, textColumns = 1): void => {
    if (rows.length === 0) return;
    doc.moveDown(0.4);
    ensure(70);
    doc.font('th-bold').fontSize(15).text(drawn(title), MARGIN, doc.y, { width });
    row(headings, fractions, true, textColumns);
    for (const cells of rows) row(cells, fractions, false, textColumns);
  };
  const FIGURE_HEADINGS = ['', 'คน', 'รายได้ (บาท)', 'เฉลี่ย/คน (บาท)'];
  const figures = (label: string, f: Figures): string[] => [label, f.persons.toLocaleString('th-TH'), baht(f.income), baht(f.averagePerPerson)];

  table('สรุปตามรูปแบบการส่งเสริม', FIGURE_HEADINGS, [
    ...report.models.map((m) => figures(MODEL_LABELS[m.model].th, m)),
    figures('รวมทุกรูปแบบ (นับคนซ้ำครั้งเดียว)', report.total),
  ]);
  table('รายเดือน (รวมทุกรูปแบบ)', FIGURE_HEADINGS, report.total.byMonth.map((m) => figures(formatThaiMonth(m.month), m)));
  for (const model of report.models.filter((m) => m.persons > 0)) {
    const name = MODEL_LABELS[model.model].th;
    table(`${name}: รายเดือน`, FIGURE_HEADINGS, model.byMonth.filter((m) => m.persons > 0).map((m) => figures(formatThaiMonth(m.month), m)));
    table(`${name}: ตามเพศ`, FIGURE_HEADINGS, model.bySex.map((s) => figures(sexLabel(s.sex), s)));
    table(`${name}: ตามช่วงอายุ`, FIGURE_HEADINGS, model.byAgeBand.map((a) => figures(`อายุ ${ageBandLabel(a.ageBand)}`, a)));
    table(`${name}: ตามประเภทความพิการ`, FIGURE_HEADINGS, model.byDisabilityType.map((d) => figures(disabilityLabel(d.disabilityType), d)));
    const s35 = model.model === 'section35' ? section35Details(model.details) : null;
    if (s35) {
      const headings = ['', 'คน', 'ข้อตกลง', 'มูลค่า (บาท)'];
      const columns = [0.5, 0.12, 0.14, 0.24];
      table(`${name}: ตามรูปแบบตามมาตรา 35`, headings, s35.byModality.map((g) => [modalityLabel(g.modality), String(g.persons), String(g.placements), baht(g.value)]), columns);
      table(`${name}: ตามสถานประกอบการ`, headings, s35.byEmployer.map((g) => [g.name, String(g.persons), String(g.placements), baht(g.value)]), columns);
    }
    const income = model.model === 'occupation' ? occupationIncome(model.details) : null;
    if (income) {
      const headings = ['', 'คน', 'รายการ', 'รายได้ (บาท)'];
      const columns = [0.5, 0.12, 0.14, 0.24];
      table(`${name}: ตามแหล่งรายได้`, headings, income.bySource.map((g) => [incomeSourceLabel(g.source), String(g.persons), String(g.records), baht(g.amount)]), columns);
    }
  }

  // The steps of the report, with Bangkok dates and times.
  table('ขั้นตอนของรายงาน', ['ขั้นตอน', 'ผู้ดำเนินการ', 'วันที่และเวลา (กรุงเทพฯ)', 'หมายเหตุ'],
    report.steps.map((s) => [REPORT_STEP_LABELS[s.action]?.th ?? s.action, s.by.displayName, formatBangkokDateTime(s.at), s.reason ?? '']), [0.16, 0.33, 0.29, 0.22], 4);

  // Signature block: who submitted and who approved; each line below the one before, however long the name.
  const submitted = [...report.steps].reverse().find((s) => s.action === 'submit');
  const approved = [...report.steps].reverse().find((s) => s.action === 'approve');
  const half = width / 2;
  const lines = (title: string, name: string | undefined, at: string | undefined): string[] => [
    'ลงชื่อ ..........................................',
    `(${name ?? '..........................................'})`,
    title,
    `วันที่ ${at ? formatBangkokDateTime(at, 'long') : '..........................'}`,
  ];
  const blocks = [lines('ผู้เสนอรายงาน', submitted?.by.displayName, submitted?.at), lines('ผู้อนุมัติรายงาน', approved?.by.displayName, approved?.at)];
  doc.font('th').fontSize(14);
  const options = { width: half - 20, align: 'center' as const };
  const heights = blocks.map((b) => b.map((text) => doc.heightOfString(drawn(text), options) + 4));
  doc.moveDown(2);
  ensure(Math.max(...heights.map((h) => h.reduce((a, b) => a + b, 0))) + 10);
  const top = doc.y;
  blocks.forEach((block, b) => {
    let y = top;
    block.forEach((text, i) => {
      doc.text(drawn(text), MARGIN + b * half + 10, y, options);
      y += at(at(heights, b), i);
    });
  });

  return finish(pdf);
}
