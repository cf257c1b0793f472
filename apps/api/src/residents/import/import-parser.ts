import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { ResidentImportColumn } from '@elderwork/contracts';
import { ERROR_CODES } from '@elderwork/contracts';
import { DomainError } from '../../common/domain-errors';
import type { ImportColumns } from './import-columns';

export interface RawRow<C extends string = ResidentImportColumn> {
  /** As the user sees it in the file: heading is row 1. */
  row: number;
  values: Partial<Record<C, string>>;
}

export const badFile = (message: string): DomainError => new DomainError(400, ERROR_CODES.badFile, message);

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
  }
  return String(value);
}

function toRows<C extends string>(table: string[][], spec: ImportColumns<C>): RawRow<C>[] {
  const [headings, ...body] = table;
  if (!headings) throw badFile('ไฟล์ว่าง ไม่มีแถวหัวตาราง');
  const columns = headings.map((h) => spec.columnOf(h));
  const missing = spec.required.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw badFile(`ไฟล์ขาดคอลัมน์: ${missing.map((c) => `${c} (${spec.thaiHeading(c)})`).join(', ')} — กรุณาใช้แบบฟอร์มที่ดาวน์โหลดจากระบบ`);
  }
  return body
    .map((cells, i): RawRow<C> => {
      const values: RawRow<C>['values'] = {};
      columns.forEach((column, j) => {
        const text = (cells[j] ?? '').trim();
        if (column && text !== '') values[column] = spec.decode(column, text);
      });
      return { row: i + 2, values };
    })
    .filter((r) => Object.keys(r.values).length > 0);
}

function parseCsv(buffer: Buffer): string[][] {
  const text = buffer.toString('utf8');
  if (text.includes('\uFFFD')) throw badFile('ไฟล์ CSV ต้องเข้ารหัสแบบ UTF-8 (ใน Excel เลือก "CSV UTF-8")');
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw badFile(`อ่านไฟล์ CSV ไม่ได้${line ? ` (บรรทัดที่ ${line})` : ''}: รูปแบบไฟล์ไม่ถูกต้อง ไม่มีการบันทึกข้อมูลใด ๆ`);
  }
}

async function parseXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badFile('อ่านไฟล์ Excel ไม่ได้ กรุณาบันทึกเป็น .xlsx แล้วลองใหม่');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badFile('ไฟล์ Excel ไม่มีแผ่นงาน');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value)));
    table[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(table, (r) => r ?? []);
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** CSV (UTF-8) or XLSX, told apart by content, not by name; rows of the columns `spec` reads. */
export async function parseImportFile<C extends string>(file: { buffer: Buffer; originalname: string } | undefined, spec: ImportColumns<C>): Promise<RawRow<C>[]> {
  if (!file || file.buffer.length === 0) throw badFile('กรุณาแนบไฟล์ (CSV หรือ Excel .xlsx) ในช่อง file');
  const table = file.buffer.subarray(0, 4).equals(XLSX_MAGIC) ? await parseXlsx(file.buffer) : parseCsv(file.buffer);
  return toRows(table, spec);
}
