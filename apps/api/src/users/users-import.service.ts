import { Inject, Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import ExcelJS from 'exceljs';
import {
  ACCOUNT_MESSAGES,
  CreateUserDto,
  USER_IMPORT_COLUMNS,
  VALIDATION_MESSAGES,
  type ImportRejection,
  type ImportResult,
  type UserImportColumn,
} from '@elderwork/contracts';
import { forbidden } from '../common/domain-errors';
import type { RequestContext } from '../common/request-context';
import { toFieldErrors } from '../common/validation';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { importColumns } from '../imports/import-columns';
import { readAllImportRows, type StoredFile } from '../imports/import-stream';
import { AccountLinks, type IssuedLink } from './account-links';
import { orgUnitInScope, scopeOf, type ManageScope, type TargetOrgUnit } from './account-scope';
import { UsersRepository, type Db } from './users.repository';

/** Thai headings accepted beside the field names. */
const THAI_HEADINGS: Record<UserImportColumn, string[]> = {
  laoCode: ['รหัส อปท.', 'รหัส อปท', 'รหัสองค์กรปกครองส่วนท้องถิ่น'],
  email: ['อีเมล', 'อีเมล์', 'e-mail'],
  displayName: ['ชื่อ', 'ชื่อผู้ใช้', 'ชื่อ-สกุล', 'ชื่อ-นามสกุล'],
};

export const USER_IMPORT_COLUMNS_SPEC = importColumns(USER_IMPORT_COLUMNS, THAI_HEADINGS, USER_IMPORT_COLUMNS, {});

/** Small: one row per LAO, 7,849 rows are well under a megabyte. */
export const MAX_USER_IMPORT_BYTES = 5 * 1024 * 1024;
/** More rows than the country has LAOs is not an onboarding file. */
export const MAX_USER_IMPORT_ROWS = 10_000;

/** The file's column for a field of CreateUserDto. */
const COLUMN_OF_FIELD: Record<string, UserImportColumn> = { orgUnitCode: 'laoCode' };

interface ValidRow {
  row: number;
  dto: CreateUserDto;
  lao: TargetOrgUnit;
}

/**
 * Bulk onboarding (decision 0023): the DLA (any LAO) or a province (its LAOs) creates the first
 * administrators of many LAOs from one file, each mailed an activation link. Valid rows are
 * written in one transaction, invalid ones reported by row in Thai, like the registry import.
 */
@Injectable()
export class UsersImportService {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly users: UsersRepository,
    private readonly links: AccountLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(ctx: RequestContext, file: StoredFile | undefined): Promise<ImportResult> {
    const scope = scopeOf(ctx);
    if (!scope || scope.kind === 'lao') throw forbidden();
    const zip = { maxUnpackedBytes: this.config.imports.xlsxMaxUnpackedBytes, maxRatio: this.config.imports.xlsxMaxRatio };
    const raw = await readAllImportRows(file, USER_IMPORT_COLUMNS_SPEC, { zip, maxRows: MAX_USER_IMPORT_ROWS });
    const rejected: ImportRejection[] = [];
    const valid = await this.validRows(scope, raw, rejected);
    const issued = await this.users.db.transaction((db) => this.write(db, ctx, valid, rejected));
    this.logger.log(`accounts imported: actor=${ctx.userId} created=${issued.length} rejected=${rejected.length}`);
    // Thousands of mails do not hold the answer: they go out one after another behind it.
    this.links.sendInBackground(issued);
    rejected.sort((a, b) => a.row - b.row);
    // At most MAX_USER_IMPORT_ROWS rows: every rejection is listed.
    return { inserted: issued.length, updated: 0, rowsRejected: new Set(rejected.map((r) => r.row)).size, rejected, rejectionsTruncated: false };
  }

  private async validRows(scope: ManageScope, raw: { row: number; values: Partial<Record<UserImportColumn, string>> }[], rejected: ImportRejection[]): Promise<ValidRow[]> {
    const laos = await this.users.laosByCode([...new Set(raw.flatMap((r) => (r.values.laoCode ? [r.values.laoCode] : [])))]);
    const firstRowOf = new Map<string, number>();
    const valid: ValidRow[] = [];
    for (const { row, values } of raw) {
      if (!/^\d{7}$/.test(values.laoCode ?? '')) {
        rejected.push({ row, field: 'laoCode', message: VALIDATION_MESSAGES.laoCode.th });
        continue;
      }
      const dto = plainToInstance(CreateUserDto, { email: values.email, displayName: values.displayName, role: 'lao_admin', orgUnitCode: values.laoCode });
      const errors = toFieldErrors(await validate(dto, { whitelist: true }));
      if (errors.length) {
        rejected.push(...errors.map((e) => ({ row, field: COLUMN_OF_FIELD[e.field] ?? e.field, message: e.message })));
        continue;
      }
      // An LAO that does not exist and one outside the province read the same.
      const lao = laos.get(dto.orgUnitCode!);
      if (!lao || !orgUnitInScope(scope, lao)) {
        rejected.push({ row, field: 'laoCode', message: ACCOUNT_MESSAGES.importLaoNotFound.th });
        continue;
      }
      const earlier = firstRowOf.get(dto.email);
      if (earlier) {
        rejected.push({ row, field: 'email', message: `${ACCOUNT_MESSAGES.importDuplicateEmail.th} (แถวที่ ${earlier})` });
        continue;
      }
      firstRowOf.set(dto.email, row);
      valid.push({ row, dto, lao });
    }
    return valid;
  }

  private async write(db: Db, ctx: RequestContext, valid: ValidRow[], rejected: ImportRejection[]): Promise<IssuedLink[]> {
    const issued: IssuedLink[] = [];
    for (const { row, dto, lao } of valid) {
      // The database re-checks the scope and writes the `create` history (decision 0027).
      const id = await this.users.insert(db, ctx.userId, { email: dto.email, displayName: dto.displayName, role: 'lao_admin', orgUnitId: lao.id });
      if (!id) {
        // Taken by an account anywhere: the same words as POST /api/users, never where (decision 0022).
        rejected.push({ row, field: 'email', message: ACCOUNT_MESSAGES.emailUnavailable.th });
        continue;
      }
      issued.push(await this.links.issue(db, id, { email: dto.email, displayName: dto.displayName }, 'activate'));
    }
    return issued;
  }

  /** The template: field names as headings (what the import reads), their Thai meaning on a second sheet. */
  async template(format: 'csv' | 'xlsx'): Promise<Buffer> {
    if (format === 'csv') return Buffer.from('\uFEFF' + USER_IMPORT_COLUMNS.join(',') + '\n', 'utf8');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('admins');
    sheet.addRow([...USER_IMPORT_COLUMNS]);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => (column.width = 28));
    // Text keeps the LAO codes' digits as typed.
    sheet.getColumn(1).numFmt = '@';
    const help = workbook.addWorksheet('คำอธิบาย');
    help.addRow(['คอลัมน์', 'ความหมาย']);
    help.addRow(['laoCode', 'รหัส อปท. 7 หลักของกรมส่งเสริมการปกครองท้องถิ่น']);
    help.addRow(['email', 'อีเมลของผู้บริหาร/ผู้ดูแลบัญชีคนแรกของ อปท. (ระบบส่งลิงก์เปิดใช้งานไปที่อีเมลนี้ ใช้ได้ 72 ชั่วโมง)']);
    help.addRow(['displayName', 'ชื่อที่แสดง เช่น ปลัดเทศบาลตำบล…']);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
