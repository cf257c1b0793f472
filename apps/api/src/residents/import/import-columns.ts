import {
  DISABILITY_TYPE_LABELS, LEGAL_BASIS_LABELS, RESIDENT_IMPORT_COLUMNS, SEX_LABELS, type ResidentImportColumn,
} from '@elderwork/contracts';

/** Thai headings staff already use in their spreadsheets, accepted beside the field names. */
export const THAI_HEADINGS: Record<ResidentImportColumn, string[]> = {
  nationalId: ['เลขประจำตัวประชาชน', 'เลขบัตรประชาชน', 'เลขบัตรประจำตัวประชาชน'],
  prefix: ['คำนำหน้า', 'คำนำหน้าชื่อ'],
  firstName: ['ชื่อ'],
  lastName: ['นามสกุล'],
  sex: ['เพศ'],
  birthDate: ['วันเกิด', 'วันเดือนปีเกิด'],
  houseNo: ['บ้านเลขที่'],
  moo: ['หมู่', 'หมู่ที่'],
  village: ['หมู่บ้าน', 'ชุมชน'],
  phone: ['โทรศัพท์', 'เบอร์โทร', 'เบอร์โทรศัพท์'],
  disabilityType: ['ประเภทความพิการ'],
  disabilityCardIssuedOn: ['วันออกบัตรคนพิการ'],
  livingAlone: ['อยู่คนเดียว', 'อยู่ลำพัง'],
  caresForDisabledPerson: ['ผู้ดูแลคนพิการ'],
  legalBasis: ['ฐานทางกฎหมาย'],
};

export const REQUIRED_COLUMNS: ResidentImportColumn[] = ['nationalId', 'prefix', 'firstName', 'lastName', 'sex', 'birthDate'];

const norm = (s: string): string => s.replace(/^\uFEFF/, '').trim().toLowerCase();

/** Heading → column, or null for a heading we do not know (ignored). */
export function columnOf(heading: string): ResidentImportColumn | null {
  const h = norm(heading);
  return RESIDENT_IMPORT_COLUMNS.find((c) => c.toLowerCase() === h || THAI_HEADINGS[c].some((t) => norm(t) === h)) ?? null;
}

const codeByThaiLabel = <T extends string>(labels: Record<T, { th: string; en: string }>): Map<string, T> =>
  new Map(
    (Object.entries(labels) as [T, { th: string; en: string }][]).flatMap(([code, l]) => [
      [norm(l.th), code],
      [norm(l.en), code],
      [code.toLowerCase(), code],
    ]),
  );

const CODED: Partial<Record<ResidentImportColumn, Map<string, string>>> = {
  sex: codeByThaiLabel(SEX_LABELS),
  disabilityType: codeByThaiLabel(DISABILITY_TYPE_LABELS),
  legalBasis: codeByThaiLabel(LEGAL_BASIS_LABELS),
};

/** Spreadsheet values in Thai ("หญิง", "การเห็น") become codes; unknown values pass through to be rejected. */
export function decodeCell(column: ResidentImportColumn, value: string): string {
  return CODED[column]?.get(norm(value)) ?? value;
}
