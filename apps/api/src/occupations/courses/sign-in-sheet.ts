import { COURSE_KIND_LABELS, type CourseDetailView, type CourseSessionView } from '@elderwork/contracts';
import { formatThaiDate } from '@elderwork/thai';
import { drawn } from '../../common/pdf-text-layer';
import { finish, tableRow, thaiPdf } from '../../common/thai-pdf';

const COLUMNS = [0.08, 0.5, 0.42];
/** Room for a signature in each row (points). */
const SIGNATURE_HEIGHT = 26;

const byThaiName = new Intl.Collator('th');

/**
 * The paper sign-in sheet of one course session (issue 15): the LAO, the course, the session's
 * date in BE, its time and hours, and one row per enrolled elder — number, name, a blank column to
 * sign — then the line for whoever runs the session. Names only: no national ID goes on a sheet
 * that passes from hand to hand (decision 0062).
 */
export function signInSheetPdf(lao: string, course: CourseDetailView, session: CourseSessionView): Promise<Buffer> {
  const pdf = thaiPdf(`แบบลงลายมือชื่อ ${course.title} ${session.date}`);
  const { doc } = pdf;
  doc.font('th-bold').fontSize(18).text(drawn('แบบลงลายมือชื่อผู้เข้าร่วม'), { align: 'center' });
  doc.fontSize(16).text(drawn(course.title), { align: 'center' });
  doc.font('th').fontSize(14).text(drawn(`${COURSE_KIND_LABELS[course.kind].th} · ${lao}`), { align: 'center' });
  const when = `วันที่ ${formatThaiDate(session.date, { style: 'long' })} เวลา ${session.startTime} น. (${session.hours} ชั่วโมง)`;
  doc.text(drawn(course.place ? `${when} · สถานที่ ${course.place}` : when), { align: 'center' });
  doc.moveDown(0.8);
  tableRow(pdf, ['ลำดับ', 'ชื่อ – สกุล', 'ลายมือชื่อ'], COLUMNS, { bold: true, textColumns: 3 });
  const elders = [...course.enrolments].sort((a, b) => byThaiName.compare(a.resident.name, b.resident.name));
  elders.forEach((e, i) => tableRow(pdf, [String(i + 1), e.resident.name, ''], COLUMNS, { textColumns: 3, minHeight: SIGNATURE_HEIGHT }));
  if (elders.length === 0) tableRow(pdf, ['', 'ยังไม่มีผู้ลงทะเบียนในหลักสูตรนี้', ''], COLUMNS, { textColumns: 3 });
  doc.moveDown(2);
  doc.font('th').fontSize(14);
  const width = doc.page.width - 2 * pdf.margin;
  doc.text(drawn(`รวม ${elders.length} คน`), { width, align: 'left' });
  doc.moveDown(1.5);
  doc.text(drawn('ลงชื่อ ................................................ ผู้รับผิดชอบ / วิทยากร'), { width, align: 'right' });
  doc.text(drawn('(................................................)'), { width: width - 60, align: 'right' });
  return finish(pdf);
}
