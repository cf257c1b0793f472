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

/** The columns an import reads: how headings name them, which are required, how cells decode. */
export interface ImportColumns<C extends string> {
  /** Heading → column, or null for a heading we do not know (ignored). */
  columnOf(heading: string): C | null;
  required: readonly C[];
  /** The Thai heading a "missing column" message names. */
  thaiHeading(column: C): string;
  /** Spreadsheet text → value (Thai labels become codes; unknown values pass through to be rejected). */
  decode(column: C, value: string): string;
}

export const norm = (s: string): string => s.replace(/^\uFEFF/, '').trim().toLowerCase();

/** Thai label, English label or code → code. */
export const codeByThaiLabel = <T extends string>(labels: Record<T, { th: string; en: string }>): Map<string, T> =>
  new Map(
    (Object.entries(labels) as [T, { th: string; en: string }][]).flatMap(([code, l]) => [
      [norm(l.th), code],
      [norm(l.en), code],
      [code.toLowerCase(), code],
    ]),
  );

/** Columns named by their field names or by the Thai headings staff use, with coded columns decoded from labels. */
export function importColumns<C extends string>(
  columns: readonly C[],
  thaiHeadings: Record<C, string[]>,
  required: readonly C[],
  coded: Partial<Record<C, Map<string, string>>>,
): ImportColumns<C> {
  return {
    columnOf: (heading) => {
      const h = norm(heading);
      return columns.find((c) => c.toLowerCase() === h || thaiHeadings[c].some((t) => norm(t) === h)) ?? null;
    },
    required,
    thaiHeading: (column) => thaiHeadings[column][0] ?? column,
    decode: (column, value) => coded[column]?.get(norm(value)) ?? value,
  };
}

/** The registry's columns: Thai values ("หญิง", "การเห็น") become codes. */
export const RESIDENT_COLUMNS = importColumns(RESIDENT_IMPORT_COLUMNS, THAI_HEADINGS, REQUIRED_COLUMNS, {
  sex: codeByThaiLabel(SEX_LABELS),
  disabilityType: codeByThaiLabel(DISABILITY_TYPE_LABELS),
  legalBasis: codeByThaiLabel(LEGAL_BASIS_LABELS),
});
