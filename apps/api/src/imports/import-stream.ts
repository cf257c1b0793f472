import { createReadStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { DomainError } from '../common/domain-errors';
import { badFile, cellText, columnsOf, csvError, notUtf8, rowOf, XLSX_MAGIC, type RawRow } from './import-parser';
import type { ImportColumns } from './import-columns';

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

async function* xlsxRows<C extends string>(file: StoredFile, spec: ImportColumns<C>, progress: ReadProgress): AsyncGenerator<RawRow<C>> {
  const input = counted(file.path, progress);
  // Shared strings and styles are cached (dates need the styles); rows are read one by one.
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  let columns: (C | null)[] | null = null;
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
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
      break; // the first sheet only; the template's second sheet is help text
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw badFile('อ่านไฟล์ Excel ไม่ได้ กรุณาบันทึกเป็น .xlsx แล้วลองใหม่');
  } finally {
    input.destroy();
  }
  if (!columns) throw badFile('ไฟล์ Excel ไม่มีแผ่นงาน หรือไม่มีแถวหัวตาราง');
}

/** The rows of a CSV (UTF-8) or XLSX file on disk, told apart by content, read as a stream: memory stays flat whatever the size. */
export async function readImportRows<C extends string>(file: StoredFile | undefined, spec: ImportColumns<C>, progress: ReadProgress): Promise<AsyncGenerator<RawRow<C>>> {
  if (!file || file.size === 0) throw badFile('กรุณาแนบไฟล์ (CSV หรือ Excel .xlsx) ในช่อง file');
  const handle = await open(file.path, 'r');
  const magic = Buffer.alloc(4);
  try {
    await handle.read(magic, 0, 4, 0);
  } finally {
    await handle.close();
  }
  return magic.equals(XLSX_MAGIC) ? xlsxRows(file, spec, progress) : csvRows(file, spec, progress);
}

/** A small import read whole (the income grid's): its rows, and the uploaded file removed afterwards. */
export async function readAllImportRows<C extends string>(file: StoredFile | undefined, spec: ImportColumns<C>): Promise<RawRow<C>[]> {
  try {
    const rows: RawRow<C>[] = [];
    for await (const row of await readImportRows(file, spec, { bytes: 0 })) rows.push(row);
    return rows;
  } finally {
    if (file?.path) await rm(file.path, { force: true });
  }
}
