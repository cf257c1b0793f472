import { Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import ExcelJS from 'exceljs';
import { todayInBangkok } from '@elderwork/thai';
import {
  acceptResidentRow, CreateResidentDto, RESIDENT_IMPORT_COLUMNS,
  type ImportJobView, type ImportRejection,
} from '@elderwork/contracts';
import type { RequestContext } from '../../common/request-context';
import { toFieldErrors } from '../../common/validation';
import { TenantDb } from '../../database/tenant-db';
import { ImportJobsService, type RunningImport } from '../../imports/import-jobs.service';
import { readImportRows, type StoredFile } from '../../imports/import-stream';
import type { RawRow } from '../../imports/import-parser';
import { RESIDENT_COLUMNS, THAI_HEADINGS } from './resident-columns';
import { ImportRepository, ResidentBatch, type BatchWritten } from './import.repository';
import { NationalIdSet } from './national-id-set';

/** Valid rows written per statement; the next batch is read meanwhile. */
const BATCH_ROWS = 20_000;

/** Staff keep lists in Excel; the registry's import takes them with the same rules as the form. */
@Injectable()
export class ResidentsImportService {
  private readonly log = new Logger('ResidentsImport');

  constructor(
    private readonly db: TenantDb,
    private readonly imports: ImportRepository,
    private readonly jobs: ImportJobsService,
  ) {}

  import(ctx: RequestContext, file: StoredFile | undefined, wait: boolean): Promise<ImportJobView> {
    return this.jobs.start(ctx, { kind: 'residents', file, wait }, (job) => this.run(job, ctx.userId, file));
  }

  /**
   * Read → check → COPY, as the file streams in, inside one transaction: batches of valid rows are
   * written (staging, duplicates, upsert) while the next batch is read, so Node and PostgreSQL work
   * at the same time. Nothing is committed unless all of it succeeds.
   */
  private async run(job: RunningImport, actorId: string, file: StoredFile | undefined): Promise<void> {
    const rows = await readImportRows(file, RESIDENT_COLUMNS, job.read, job.limits);
    const first = await rows.next(); // the heading row is checked here
    job.markStarted();
    const today = todayInBangkok();
    const started = Date.now();
    const note = `import: ${file?.originalname ?? ''}`.slice(0, 500);
    await this.db.run(job.laoId, async (tx) => {
      const writer = await this.imports.open(tx, { jobId: job.id, actorId, note });
      const seen = new NationalIdSet();
      const totals = { inserted: 0, updated: 0 };
      let writing: Promise<BatchWritten> | null = null;
      let waited = 0;
      const settle = async (): Promise<void> => {
        if (!writing) return;
        const since = Date.now();
        const done = await writing;
        waited += Date.now() - since;
        writing = null;
        totals.inserted += done.inserted;
        totals.updated += done.updated;
      };
      const send = async (batch: ResidentBatch): Promise<void> => {
        await settle();
        writing = writer.write(batch.take());
        writing.catch(() => undefined); // awaited by settle(); not an unhandled rejection meanwhile
      };
      const batch = new ResidentBatch();
      try {
        for (let next = first; !next.done; next = await rows.next()) {
          const { row, values } = next.value;
          // A spreadsheet without the column means the LAO's usual basis: its legal duty of social protection.
          const accepted = acceptResidentRow(values, today);
          const firstRow = accepted ? seen.firstRowOf(accepted.nationalId, row) : 0;
          if (!accepted) job.reject(await this.rejectionsOf(next.value));
          else if (firstRow) job.reject([{ row, field: 'nationalId', message: `เลขประจำตัวประชาชนซ้ำกับแถวที่ ${firstRow} ในไฟล์เดียวกัน` }]);
          else batch.add(row, accepted);
          job.rowsDone += 1;
          if (batch.rows >= BATCH_ROWS) await send(batch);
          if ((job.rowsDone & 1023) === 0) await job.report();
        }
        await job.report(true, 'writing');
        if (batch.rows > 0) await send(batch);
        await settle();
      } catch (error) {
        await (writing as Promise<BatchWritten> | null)?.catch(() => undefined);
        await rows.return(undefined);
        throw error;
      }
      await job.complete(tx, totals);
      this.log.log(`import ${job.id}: ${job.rowsDone} rows (${totals.inserted} new, ${totals.updated} changed, ${job.rowsRejected} rejected) in ${Date.now() - started} ms, ${waited} ms of it waiting for the database`);
    });
  }

  /** The form's own messages for a row the fast check refused (rare, so class-validator's cost does not matter here). */
  private async rejectionsOf({ row, values }: RawRow): Promise<ImportRejection[]> {
    const dto = plainToInstance(CreateResidentDto, { legalBasis: 'legal_duty', ...values });
    const errors = toFieldErrors(await validate(dto, { whitelist: true }));
    return errors.length
      ? errors.map((e) => ({ row, field: e.field, message: e.message }))
      : [{ row, field: 'row', message: 'ข้อมูลแถวนี้ไม่ถูกต้อง' }];
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
