import { createReadStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { ERROR_CODES, importMessage } from '@elderwork/contracts';
import { DomainError } from '../common/domain-errors';
import { badFile, cellText, columnsOf, csvError, notUtf8, rowOf, XLSX_MAGIC, type RawRow } from './import-parser';
import type { ImportColumns } from './import-columns';
import { XlsxZip, type ZipLimits } from './xlsx-zip';

/** A file the upload wrote to disk. */
export interface StoredFile {
  path: string;
  size: number;
  originalname: string;
}

/** How much of the file has been read: the import's progress bar. */
export interface ReadProgress {
  bytes: number;
}

/** Decodes UTF-8 strictly across chunk boundaries: a TIS-620 or UTF-16 file is refused, not read as garbage. */
function strictUtf8(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch {
        done(notUtf8());
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(notUtf8());
      }
    },
  });
}

function counted(path: string, progress: ReadProgress): Readable {
  const input = createReadStream(path, { highWaterMark: 256 * 1024 });
  input.on('data', (chunk) => (progress.bytes += chunk.length));
  return input;
}

async function* csvRows<C extends string>(file: StoredFile, spec: ImportColumns<C>, progress: ReadProgress): AsyncGenerator<RawRow<C>> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true });
  // Errors of any stage end the parser with that error, which the loop below rethrows.
  pipeline(counted(file.path, progress), strictUtf8(), parser, () => undefined);
  let columns: (C | null)[] | null = null;
  let record = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      record += 1;
      if (!columns) {
        columns = columnsOf(cells, spec);
        continue;
      }
      const row = rowOf(cells, columns, spec, record);
      if (row) yield row;
    }
  } catch (error) {
    throw csvError(error);
  } finally {
    parser.destroy();
  }
  if (!columns) columnsOf(undefined, spec);
}

/** The parts of ExcelJS's streaming reader this reader drives itself, in its own order (exceljs 4.4). */
interface WorkbookReaderParts {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Generator<{ eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader }>;
  model?: { sheets?: { rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

/** The first sheet in the workbook's order (the template's second sheet is help text). */
function firstSheet(reader: WorkbookReaderParts, zip: XlsxZip): { path: string; no: string } | null {
  const rId = reader.model?.sheets?.[0]?.rId;
  const target = reader.workbookRels?.find((rel) => rel.Id === rId)?.Target.replace(/^\/?(xl\/)?/, '');
  const byModel = target ? `xl/${target}` : null;
  const sheets = [...zip.entries.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  const path = byModel && zip.entries.has(byModel) ? byModel : sheets.sort((a, b) => sheetNo(a) - sheetNo(b))[0];
  return path ? { path, no: String(sheetNo(path)) } : null;
}
const sheetNo = (path: string): number => Number(/(\d+)\.xml$/.exec(path)?.[1] ?? 0);

/**
 * An XLSX read through its central directory (xlsx-zip.ts): the workbook's lists, shared strings
 * and styles first, then the first sheet row by row — whatever order the zip stores them in, so
 * no part is ever parked in a temporary file, and every part is inflated under the caps.
 */
async function* xlsxRows<C extends string>(file: StoredFile, spec: ImportColumns<C>, progress: ReadProgress, limits: ZipLimits): AsyncGenerator<RawRow<C>> {
  let zip: XlsxZip | null = null;
  const read = (bytes: number): void => void (progress.bytes += bytes);
  // Shared strings and styles are cached (dates need the styles); rows are read one by one.
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(emptyInput(), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const reader = workbook as unknown as WorkbookReaderParts;
  let columns: (C | null)[] | null = null;
  try {
    const opened = await XlsxZip.open(file.path, limits);
    zip = opened;
    const has = (name: string): boolean => opened.entries.has(name);
    if (has('xl/_rels/workbook.xml.rels')) await reader._parseRels(await opened.stream('xl/_rels/workbook.xml.rels', read));
    if (has('xl/workbook.xml')) await reader._parseWorkbook(await opened.stream('xl/workbook.xml', read));
    if (has('xl/sharedStrings.xml')) for await (const _ of reader._parseSharedStrings(await opened.stream('xl/sharedStrings.xml', read))) void _;
    if (has('xl/styles.xml')) await reader._parseStyles(await opened.stream('xl/styles.xml', read));
    const sheet = firstSheet(reader, opened);
    if (!sheet) throw badFile('ไฟล์ Excel ไม่มีแผ่นงาน หรือไม่มีแถวหัวตาราง');
    for (const { value } of reader._parseWorksheet(await opened.stream(sheet.path, read), sheet.no)) {
      for await (const row of value) {
        const values = Array.isArray(row.values) ? row.values : [];
        // row.values is 1-based: index 0 is always empty.
        const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, j) => cellText(values[j + 1] as ExcelJS.CellValue));
        if (!columns) {
          columns = columnsOf(cells, spec);
          continue;
        }
        const raw = rowOf(cells, columns, spec, row.number);
        if (raw) yield raw;
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw badFile('อ่านไฟล์ Excel ไม่ได้ กรุณาบันทึกเป็น .xlsx แล้วลองใหม่');
  } finally {
    await zip?.close();
  }
  if (!columns) throw badFile('ไฟล์ Excel ไม่มีแผ่นงาน หรือไม่มีแถวหัวตาราง');
  progress.bytes = file.size;
}

/** ExcelJS's reader wants an input; this one is never read (the parts come from XlsxZip). */
function emptyInput(): Readable {
  return Readable.from([]);
}

/** What a file may be: the caps of an XLSX's unpacked parts, and at most how many data rows. */
export interface ReadLimits {
  zip: ZipLimits;
  maxRows?: number;
}

const tooManyRows = (max: number): DomainError =>
  new DomainError(413, ERROR_CODES.importTooLarge, importMessage('tooManyRows', { max: max.toLocaleString('en-US') }));

/** The rows of a CSV (UTF-8) or XLSX file on disk, told apart by content, read as a stream: memory stays flat whatever the size. */
export async function readImportRows<C extends string>(file: StoredFile | undefined, spec: ImportColumns<C>, progress: ReadProgress, limits: ReadLimits): Promise<AsyncGenerator<RawRow<C>>> {
  if (!file || file.size === 0) throw badFile('กรุณาแนบไฟล์ (CSV หรือ Excel .xlsx) ในช่อง file');
  const handle = await open(file.path, 'r');
  const magic = Buffer.alloc(4);
  try {
    await handle.read(magic, 0, 4, 0);
  } finally {
    await handle.close();
  }
  const rows = magic.equals(XLSX_MAGIC) ? xlsxRows(file, spec, progress, limits.zip) : csvRows(file, spec, progress);
  return limits.maxRows === undefined ? rows : capped(rows, limits.maxRows);
}

async function* capped<C extends string>(rows: AsyncGenerator<RawRow<C>>, max: number): AsyncGenerator<RawRow<C>> {
  let n = 0;
  try {
    for await (const row of rows) {
      n += 1;
      if (n > max) throw tooManyRows(max);
      yield row;
    }
  } finally {
    await rows.return(undefined);
  }
}

/** A small import read whole (the income grid's): its rows (at most limits.maxRows), and the uploaded file removed afterwards. */
export async function readAllImportRows<C extends string>(file: StoredFile | undefined, spec: ImportColumns<C>, limits: ReadLimits): Promise<RawRow<C>[]> {
  try {
    const rows: RawRow<C>[] = [];
    for await (const row of await readImportRows(file, spec, { bytes: 0 }, limits)) rows.push(row);
    return rows;
  } finally {
    if (file?.path) await rm(file.path, { force: true });
  }
}
