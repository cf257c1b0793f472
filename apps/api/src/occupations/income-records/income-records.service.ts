import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import {
  IncomeRowDto, VALIDATION_MESSAGES,
  type CreateIncomeRecordDto, type IncomeMonthResult, type IncomeRecordList, type IncomeRecordQueryDto, type IncomeRecordView,
  type PutIncomeMonthDto, type RowError,
} from '@elderwork/contracts';
import { invalidField, ruleError, validationFailed } from '../../common/domain-errors';
import { laoOf, type RequestContext } from '../../common/request-context';
import { toFieldErrors } from '../../common/validation';
import { TenantDb } from '../../database/tenant-db';
import { AccessLogRepository } from '../../residents/access-log.repository';
import { AuditRepository } from '../../residents/audit.repository';
import { EldersRepository } from '../elders.repository';
import { duplicateIncomeRecord, incomeRecordNotFound, isReferenceError, referenceNotFound } from '../occupations.exception';
import { IncomeReferences, rowsRefused } from './income-references';
import { IncomeRecordsRepository, type IncomeLine } from './income-records.repository';

/** The key of a line: two rows with the same key would be one record. */
export const lineKey = (l: Omit<IncomeLine, 'amount' | 'note' | 'month'>): string =>
  [l.residentId, l.source, l.productId ?? '', l.channel, l.jobPlacementId ?? ''].join('|');

/** Monthly income records: one line at a time, or a village's month at once (the month grid). */
@Injectable()
export class IncomeRecordsService {
  constructor(
    private readonly db: TenantDb,
    private readonly records: IncomeRecordsRepository,
    private readonly references: IncomeReferences,
    private readonly elders: EldersRepository,
    private readonly audit: AuditRepository,
    private readonly accessLog: AccessLogRepository,
  ) {}

  list(ctx: RequestContext, query: IncomeRecordQueryDto): Promise<IncomeRecordList> {
    const laoId = laoOf(ctx);
    if (!query.month && !query.residentId && !query.productId && !query.jobPlacementId) {
      throw invalidField('month', 'incomeFilter');
    }
    return this.db.run(laoId, async (tx) => {
      const list = await this.records.list(tx, query);
      await this.accessLog.record(tx, { actorId: ctx.userId, list: 'GET /api/income-records', filters: { ...query }, count: list.items.length });
      return list;
    });
  }

  create(ctx: RequestContext, dto: CreateIncomeRecordDto): Promise<IncomeRecordView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const [problem] = await this.references.check(tx, [{ ...dto, row: 1 }]);
      if (problem && isReferenceError(problem.code)) throw referenceNotFound(problem.field);
      if (problem) throw validationFailed([{ field: problem.field, code: problem.code, message: problem.message, ...(problem.params && { params: problem.params }) }]);
      const id = await this.records.insert(tx, dto, ctx.userId);
      if (!id) throw duplicateIncomeRecord((await this.records.findLine(tx, dto)) ?? '');
      await this.audit.record(tx, { residentId: dto.residentId, actorId: ctx.userId, action: 'update', note: `รายได้: เพิ่ม ${dto.month} ${dto.amount} บาท (${id})` });
      return (await this.records.find(tx, id))!;
    });
  }

  remove(ctx: RequestContext, id: string): Promise<void> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const record = await this.records.find(tx, id);
      if (!record) throw incomeRecordNotFound();
      await this.records.delete(tx, id);
      await this.audit.record(tx, { residentId: record.resident.id, actorId: ctx.userId, action: 'update', note: `รายได้: ลบ ${record.month} ${record.amount} บาท (${id})` });
    });
  }

  /**
   * The month grid, all or nothing: every row is checked (rules, duplicates, references) before
   * anything is written, and any problem refuses the whole request with every row's errors
   * (row = 1-based index in `rows`). Then, in one statement, the month's records of each elder
   * named in `rows` or `residentIds` become exactly that elder's rows.
   */
  putMonth(ctx: RequestContext, month: string, dto: PutIncomeMonthDto): Promise<IncomeMonthResult> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const { lines, errors } = await this.validateRows(dto.rows, month);
      errors.push(...(await this.references.check(tx, lines)));
      const extra = dto.residentIds ?? [];
      const known = await this.elders.find(tx, extra, true);
      if (extra.some((r) => !known.has(r))) throw referenceNotFound('residentIds');
      if (errors.length) throw rowsRefused(errors);
      const residentIds = [...new Set([...lines.map((l) => l.residentId), ...extra])];
      const counts = await this.records.write(tx, lines, ctx.userId, { month, residentIds });
      await this.audit.recordMany(tx, residentIds, { actorId: ctx.userId, action: 'update', note: `รายได้: บันทึกเดือน ${month}` });
      return { month, ...counts, ...(await this.records.list(tx, { month })) };
    });
  }

  private async validateRows(rows: unknown[], month: string): Promise<{ lines: (IncomeLine & { row: number })[]; errors: RowError[] }> {
    const lines: (IncomeLine & { row: number })[] = [];
    const errors: RowError[] = [];
    const firstRowOf = new Map<string, number>();
    for (const [i, raw] of rows.entries()) {
      const row = i + 1;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        errors.push({ row, ...ruleError('row', 'notAnObject') });
        continue;
      }
      const dto = plainToInstance(IncomeRowDto, raw);
      const problems = toFieldErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true })).map((e) =>
        e.code === 'whitelistValidation' ? { ...e, code: 'unknownField', message: VALIDATION_MESSAGES.unknownField.th } : e,
      );
      if (problems.length) {
        errors.push(...problems.map((e) => ({ row, ...e })));
        continue;
      }
      const earlier = firstRowOf.get(lineKey(dto));
      if (earlier) {
        errors.push({ row, ...ruleError('channel', 'duplicateRow', { earlierRow: earlier }) });
        continue;
      }
      firstRowOf.set(lineKey(dto), row);
      lines.push({ ...dto, month, row });
    }
    return { lines, errors };
  }
}
