import PDFDocument from 'pdfkit';
import { MODEL_LABELS, REPORT_STATUS_LABELS, type Figures, type YearlyReport } from '@elderwork/contracts';
import { bahtToSatang, formatBaht, formatThaiDate, todayInBangkok } from '@elderwork/thai';
import { assetPath } from '../common/assets';

const baht = (n: number): string => formatBaht(bahtToSatang(n) ?? 0, 'th');

/**
 * SARA AM (ำ) written as the two characters it is drawn with (NIKHAHIT + SARA AA), as the shaper
 * draws it anyway: each glyph then maps back to its own character, so text copied or searched in
 * the PDF reads ตําบล (the compatibility form of ตำบล) instead of the wrong ตำาบล.
 */
const drawn = (text: string): string => text.replace(/\u0E33/g, '\u0E4D\u0E32');
const MARGIN = 50;

/**
 * The yearly report as an A4 PDF in Thai: an embedded Thai font (Laksaman, TLWG/SIPA, GPL with the
 * font exception: assets/fonts/LICENSE.txt), Buddhist-Era dates, the LAO's name, the status, the
 * figures as tables, and the approval signature block.
 */
export function reportPdf(report: YearlyReport): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `รายงานรายได้ผู้สูงอายุ ${report.lao.name} ${report.year}` } });
  doc.registerFont('th', assetPath('fonts/Laksaman.ttf'));
  doc.registerFont('th-bold', assetPath('fonts/Laksaman-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const width = doc.page.width - 2 * MARGIN;
  const period = `${formatThaiDate(report.period.start, { style: 'long' })} – ${formatThaiDate(report.period.end, { style: 'long' })}`;
  doc.font('th-bold').fontSize(20).text(drawn('รายงานรายได้ของผู้สูงอายุประจำปี'), { align: 'center' });
  doc.fontSize(17).text(drawn(report.lao.name), { align: 'center' });
  doc.font('th').fontSize(15).text(drawn(`${report.yearType === 'fiscal' ? 'ปีงบประมาณ' : 'ปีปฏิทิน'} พ.ศ. ${report.year} (${period})`), { align: 'center' });
  const version = report.version === 'approved' ? 'ฉบับอนุมัติ' : 'ตัวเลข ณ วันที่พิมพ์';
  doc.text(drawn(`สถานะ: ${REPORT_STATUS_LABELS[report.status].th} · ${version} · พิมพ์เมื่อ ${formatThaiDate(todayInBangkok(), { style: 'long' })}`), { align: 'center' });
  doc.moveDown();

  const columns = [0.46, 0.16, 0.2, 0.18].map((f) => f * width);
  const row = (cells: string[], bold = false): void => {
    const y = doc.y;
    let x = MARGIN;
    doc.font(bold ? 'th-bold' : 'th').fontSize(14);
    cells.forEach((text, i) => {
      doc.text(drawn(text), x + 2, y, { width: columns[i]! - 4, align: i === 0 ? 'left' : 'right', lineBreak: false });
      x += columns[i]!;
    });
    doc.moveTo(MARGIN, y + 20).lineTo(MARGIN + width, y + 20).lineWidth(0.3).stroke('#999999');
    doc.x = MARGIN;
    doc.y = y + 24;
    if (doc.y > doc.page.height - 120) doc.addPage();
  };
  const figures = (label: string, f: Figures, bold = false): void =>
    row([label, f.persons.toLocaleString('th-TH'), baht(f.income), baht(f.averagePerPerson)], bold);
  const heading = (text: string): void => {
    doc.moveDown(0.5);
    doc.font('th-bold').fontSize(16).text(drawn(text), MARGIN);
    row(['', 'คน', 'รายได้ (บาท)', 'เฉลี่ย/คน (บาท)'], true);
  };

  heading('สรุปตามรูปแบบการส่งเสริม');
  for (const model of report.models) figures(MODEL_LABELS[model.model].th, model);
  figures('รวมทุกรูปแบบ (นับคนซ้ำครั้งเดียว)', report.total, true);
  heading('รายเดือน (รวมทุกรูปแบบ)');
  for (const m of report.total.byMonth) figures(formatThaiDate(`${m.month}-01`, { style: 'long' }).replace(/^1 /, ''), m);
  for (const model of report.models.filter((m) => m.persons > 0)) {
    heading(`${MODEL_LABELS[model.model].th}: ตามเพศและช่วงอายุ`);
    for (const s of model.bySex) figures(s.sex === 'male' ? 'ชาย' : 'หญิง', s);
    for (const a of model.byAgeBand) figures(`อายุ ${a.ageBand} ปี`, a);
  }

  // Signature block: who submitted and who approved.
  if (doc.y > doc.page.height - 200) doc.addPage();
  doc.moveDown(2);
  const submitted = [...report.steps].reverse().find((s) => s.action === 'submit');
  const approved = [...report.steps].reverse().find((s) => s.action === 'approve');
  const half = width / 2;
  const y = doc.y;
  const block = (x: number, title: string, name: string | undefined, at: string | undefined): void => {
    doc.font('th').fontSize(14);
    doc.text(drawn('ลงชื่อ ..........................................'), x, y, { width: half, align: 'center' });
    doc.text(drawn(`(${name ?? '..........................................'})`), x, y + 22, { width: half, align: 'center' });
    doc.text(drawn(title), x, y + 44, { width: half, align: 'center' });
    doc.text(drawn(`วันที่ ${at ? formatThaiDate(at.slice(0, 10), { style: 'long' }) : '..........................'}`), x, y + 66, { width: half, align: 'center' });
  };
  block(MARGIN, 'ผู้เสนอรายงาน', submitted?.by.displayName, submitted?.at);
  block(MARGIN + half, 'ผู้อนุมัติรายงาน', approved?.by.displayName, approved?.at);
  doc.end();
  return done;
}
