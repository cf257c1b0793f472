import type ExcelJS from 'exceljs';
import type { ResidentImportColumn } from '@elderwork/contracts';
import { ERROR_CODES } from '@elderwork/contracts';
import { DomainError } from '../common/domain-errors';
import type { ImportColumns } from './import-columns';

export interface RawRow<C extends string = ResidentImportColumn> {
  /** As the user sees it in the file: heading is row 1. */
  row: number;
  values: Partial<Record<C, string>>;
}

export const badFile = (message: string): DomainError => new DomainError(400, ERROR_CODES.badFile, message);

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
  }
  return String(value);
}

/** The column of each heading; a file missing a required column is refused before any row is read. */
export function columnsOf<C extends string>(headings: string[] | undefined, spec: ImportColumns<C>): (C | null)[] {
  if (!headings) throw badFile('ไฟล์ว่าง ไม่มีแถวหัวตาราง');
  const columns = headings.map((h) => spec.columnOf(h));
  const missing = spec.required.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw badFile(`ไฟล์ขาดคอลัมน์: ${missing.map((c) => `${c} (${spec.thaiHeading(c)})`).join(', ')} — กรุณาใช้แบบฟอร์มที่ดาวน์โหลดจากระบบ`);
  }
  return columns;
}

/** One data row's trimmed, non-empty cells by column; null for a row with nothing in it. */
export function rowOf<C extends string>(cells: string[], columns: (C | null)[], spec: ImportColumns<C>, row: number): RawRow<C> | null {
  const values: RawRow<C>['values'] = {};
  let any = false;
  for (let j = 0; j < columns.length; j += 1) {
    const column = columns[j];
    const text = column ? (cells[j] ?? '').trim() : '';
    if (column && text !== '') {
      values[column] = spec.decode(column, text);
      any = true;
    }
  }
  return any ? { row, values } : null;
}

export const notUtf8 = (): DomainError => badFile('ไฟล์ CSV ต้องเข้ารหัสแบบ UTF-8 (ใน Excel เลือก "CSV UTF-8")');

/** csv-parse's error, in words a user can act on. */
export function csvError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const line = (error as { lines?: number }).lines;
  return badFile(`อ่านไฟล์ CSV ไม่ได้${line ? ` (บรรทัดที่ ${line})` : ''}: รูปแบบไฟล์ไม่ถูกต้อง ไม่มีการบันทึกข้อมูลใด ๆ`);
}

export const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
