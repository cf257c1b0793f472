import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import ExcelJS from 'exceljs';
import { CreateResidentDto, RESIDENT_IMPORT_COLUMNS, type ImportRejection, type ImportResult } from '@elderwork/contracts';
import { laoOf, type RequestContext } from '../../common/request-context';
import { toFieldErrors } from '../../common/validation';
import { TenantDb } from '../../database/tenant-db';
import { RESIDENT_COLUMNS, THAI_HEADINGS } from './import-columns';
import { parseImportFile, type RawRow } from './import-parser';
import { ImportRepository } from './import.repository';

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
}

/** Staff keep lists in Excel; the registry's import takes them with the same rules as the form. */
@Injectable()
export class ResidentsImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly imports: ImportRepository,
  ) {}

  async import(ctx: RequestContext, file: UploadedFile | undefined): Promise<ImportResult> {
    const laoId = laoOf(ctx);
    const raw = await parseImportFile(file, RESIDENT_COLUMNS);
    const { valid, rejected } = await this.validateRows(raw);
    if (valid.length === 0) return { inserted: 0, updated: 0, rejected };
    // One transaction: a failure anywhere leaves no row of the file written.
    const counts = await this.db.run(laoId, (tx) => this.imports.upsert(tx, valid, ctx.userId, `import: ${file?.originalname ?? ''}`.slice(0, 500)));
    return { ...counts, rejected };
  }

  private async validateRows(raw: RawRow[]): Promise<{ valid: CreateResidentDto[]; rejected: ImportRejection[] }> {
    const valid: CreateResidentDto[] = [];
    const rejected: ImportRejection[] = [];
    const firstRowOf = new Map<string, number>();
    for (const { row, values } of raw) {
      // A spreadsheet without the column means the LAO's usual basis: its legal duty of social protection.
      const dto = plainToInstance(CreateResidentDto, { legalBasis: 'legal_duty', ...values });
      const errors = toFieldErrors(await validate(dto, { whitelist: true }));
      if (errors.length) {
        rejected.push(...errors.map((e) => ({ row, field: e.field, message: e.message })));
        continue;
      }
      const earlier = firstRowOf.get(dto.nationalId);
      if (earlier) {
        rejected.push({ row, field: 'nationalId', message: `เลขประจำตัวประชาชนซ้ำกับแถวที่ ${earlier} ในไฟล์เดียวกัน` });
        continue;
      }
      firstRowOf.set(dto.nationalId, row);
      valid.push(dto);
    }
    return { valid, rejected };
  }

  /** The template: field names as headings (what the import reads), Thai names on a second sheet. */
  async template(format: 'csv' | 'xlsx'): Promise<Buffer> {
    if (format === 'csv') return Buffer.from('\uFEFF' + RESIDENT_IMPORT_COLUMNS.join(',') + '\n', 'utf8');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('residents');
    sheet.addRow([...RESIDENT_IMPORT_COLUMNS]);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => (column.width = 18));
    // Text format keeps leading zeros of phone numbers and the 13 digits of national IDs.
    sheet.getColumn(1).numFmt = '@';
    sheet.getColumn(10).numFmt = '@';
    const help = workbook.addWorksheet('คำอธิบาย');
    help.addRow(['คอลัมน์', 'ความหมาย']);
    for (const column of RESIDENT_IMPORT_COLUMNS) help.addRow([column, THAI_HEADINGS[column][0]]);
    help.addRow([]);
    help.addRow(['วันที่', 'ใช้ ปปปป-ดด-วว (ค.ศ. หรือ พ.ศ.) หรือ วว/ดด/ปปปป (พ.ศ.)']);
    help.addRow(['sex', 'male / female หรือ ชาย / หญิง']);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
