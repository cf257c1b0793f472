import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import ExcelJS from 'exceljs';
import {
  CreateIncomeRecordDto, INCOME_IMPORT_COLUMNS, INCOME_SOURCE_LABELS, MAX_INCOME_IMPORT_ROWS, SALES_CHANNEL_LABELS,
  type ImportResult, type IncomeImportColumn,
} from '@elderwork/contracts';
import { laoOf, type RequestContext } from '../../common/request-context';
import { toFieldErrors } from '../../common/validation';
import { TenantDb, type TenantTx } from '../../database/tenant-db';
import { codeByThaiLabel, importColumns, type ImportColumns } from '../../imports/import-columns';
import type { RawRow } from '../../imports/import-parser';
import { ImportJobsService } from '../../imports/import-jobs.service';
import { readAllImportRows, type StoredFile } from '../../imports/import-stream';
import { Rejections } from '../../imports/rejections';
import { AuditRepository } from '../../residents/audit.repository';
import { EldersRepository } from '../elders.repository';
import { ProductsRepository } from '../products/products.repository';
import { IncomeRecordsRepository, type IncomeLine } from './income-records.repository';
import { lineKey } from './income-records.service';

/** Thai headings of the income sheets staff keep, accepted beside the field names. */
const THAI_HEADINGS: Record<IncomeImportColumn, string[]> = {
  nationalId: ['เลขประจำตัวประชาชน', 'เลขบัตรประชาชน', 'เลขบัตรประจำตัวประชาชน'],
  month: ['เดือน', 'เดือนที่มีรายได้'],
  amount: ['จำนวนเงิน', 'รายได้', 'รายได้ (บาท)'],
  source: ['แหล่งรายได้', 'ประเภทรายได้'],
  channel: ['ช่องทางจำหน่าย', 'ช่องทาง', 'ช่องทางการจำหน่าย'],
  product: ['สินค้า', 'ผลิตภัณฑ์', 'ชื่อสินค้า'],
  note: ['หมายเหตุ'],
};

const BASE = importColumns(INCOME_IMPORT_COLUMNS, THAI_HEADINGS, ['nationalId', 'month', 'amount'], {
  source: codeByThaiLabel(INCOME_SOURCE_LABELS),
  channel: codeByThaiLabel(SALES_CHANNEL_LABELS),
});

/** A date cell (Excel's, or typed DD/MM/YYYY) stands for its month. */
function monthOfCell(value: string): string {
  const iso = /^(\d{4})-(\d{1,2})-\d{1,2}$/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}`;
  const thai = /^\d{1,2}\/(\d{1,2})\/(\d{4})$/.exec(value);
  return thai ? `${thai[2]}-${thai[1]!.padStart(2, '0')}` : value;
}

export const INCOME_COLUMNS: ImportColumns<IncomeImportColumn> = {
  ...BASE,
  decode: (column, value) => (column === 'month' ? monthOfCell(value) : BASE.decode(column, value)),
};

/** The file's column names for the DTO's fields. */
const COLUMN_OF_FIELD: Record<string, IncomeImportColumn> = { residentId: 'nationalId', productId: 'product' };

/**
 * Income sheets: elders by national ID, products by name. Valid rows are written (a line that
 * exists gets the file's amount and note), invalid ones reported by row, like the registry import.
 */
@Injectable()
export class IncomeImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly records: IncomeRecordsRepository,
    private readonly elders: EldersRepository,
    private readonly products: ProductsRepository,
    private readonly imports: ImportJobsService,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * Read whole, so it takes one of the process's import slots like the registry's jobs (decision
   * 0017): a few files at a time, at most MAX_INCOME_IMPORT_ROWS rows each, whatever is uploaded.
   */
  async import(ctx: RequestContext, file: StoredFile | undefined): Promise<ImportResult> {
    const laoId = laoOf(ctx);
    return this.imports.slots.run(randomUUID(), async () => {
      const raw = await readAllImportRows(file, INCOME_COLUMNS, { ...this.imports.readLimits, maxRows: MAX_INCOME_IMPORT_ROWS });
      // One transaction: the lookups, and a failure anywhere leaves no row of the file written.
      return this.db.run(laoId, async (tx) => {
        const { valid, rejected } = await this.validateRows(tx, raw);
        const counts = valid.length ? await this.records.write(tx, valid, ctx.userId) : { inserted: 0, updated: 0 };
        // The elders of a file that changed something, with its actor (decision 0018), like the month grid.
        if (counts.inserted + counts.updated > 0) await this.audit.recordMany(tx, valid.map((line) => line.residentId), { actorId: ctx.userId, action: 'update', note: `รายได้: นำเข้าจากไฟล์ ${valid.length.toLocaleString('en-US')} แถว` });
        return { inserted: counts.inserted, updated: counts.updated, rowsRejected: rejected.rows, rejected: rejected.listed, rejectionsTruncated: rejected.truncated };
      });
    });
  }

  private async validateRows(tx: TenantTx, raw: RawRow<IncomeImportColumn>[]): Promise<{ valid: IncomeLine[]; rejected: Rejections }> {
    const digits = (s: string | undefined): string => (s ?? '').replace(/[-\s]/g, '');
    const residents = await this.elders.byNationalId(tx, [...new Set(raw.map((r) => digits(r.values.nationalId)))]);
    const products = await this.products.byName(tx, [...new Set(raw.flatMap((r) => (r.values.product ? [r.values.product] : [])))]);
    const valid: IncomeLine[] = [];
    const rejected = new Rejections();
    const firstRowOf = new Map<string, number>();
    for (const { row, values } of raw) {
      const residentId = residents.get(digits(values.nationalId));
      if (!residentId) {
        rejected.add([{ row, field: 'nationalId', message: 'ไม่พบเลขประจำตัวประชาชนนี้ในทะเบียนผู้สูงอายุของ อปท.' }]);
        continue;
      }
      const productId = values.product ? products.get(values.product) : undefined;
      if (values.product && !productId) {
        rejected.add([{ row, field: 'product', message: `ไม่พบสินค้า "${values.product}" ของ อปท. กรุณาเพิ่มสินค้าก่อนนำเข้า` }]);
        continue;
      }
      const dto = plainToInstance(CreateIncomeRecordDto, {
        residentId,
        month: values.month,
        amount: values.amount,
        source: values.source ?? (productId ? 'product' : 'other'),
        productId,
        channel: values.channel ?? 'other',
        note: values.note,
      });
      const errors = toFieldErrors(await validate(dto, { whitelist: true }));
      if (errors.length) {
        rejected.add(errors.map((e) => ({ row, field: COLUMN_OF_FIELD[e.field] ?? e.field, message: e.message })));
        continue;
      }
      const key = `${lineKey(dto)}|${dto.month}`;
      const earlier = firstRowOf.get(key);
      if (earlier) {
        rejected.add([{ row, field: 'channel', message: `ซ้ำกับแถวที่ ${earlier} (ผู้สูงอายุ เดือน แหล่งรายได้ สินค้า และช่องทางเดียวกัน)` }]);
        continue;
      }
      firstRowOf.set(key, row);
      valid.push(dto);
    }
    return { valid, rejected };
  }

  /** The template: field names as headings (what the import reads), Thai names and codes on a second sheet. */
  async template(format: 'csv' | 'xlsx'): Promise<Buffer> {
    if (format === 'csv') return Buffer.from('\uFEFF' + INCOME_IMPORT_COLUMNS.join(',') + '\n', 'utf8');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('income');
    sheet.addRow([...INCOME_IMPORT_COLUMNS]);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => (column.width = 18));
    // Text keeps the 13 digits of national IDs and months as typed.
    sheet.getColumn(1).numFmt = '@';
    sheet.getColumn(2).numFmt = '@';
    const help = workbook.addWorksheet('คำอธิบาย');
    help.addRow(['คอลัมน์', 'ความหมาย']);
    for (const column of INCOME_IMPORT_COLUMNS) help.addRow([column, THAI_HEADINGS[column][0]]);
    help.addRow([]);
    help.addRow(['month', 'ปปปป-ดด (ค.ศ. หรือ พ.ศ.) เช่น 2569-01 หรือ ดด/ปปปป']);
    help.addRow(['source', 'product / service / other หรือ ขายสินค้า / รับจ้าง/บริการ / อื่น ๆ (ไม่ระบุ: ขายสินค้าเมื่อระบุสินค้า มิฉะนั้น อื่น ๆ)']);
    help.addRow(['channel', 'market / shop / fair / online / order / other หรือชื่อภาษาไทย (ไม่ระบุ: อื่น ๆ)']);
    help.addRow(['product', 'ชื่อสินค้าตามที่บันทึกไว้ในระบบ']);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
