import { Injectable } from '@nestjs/common';
import { ERROR_CODES, type RowError } from '@elderwork/contracts';
import { monthPeriod } from '@elderwork/thai';
import { DomainError, ruleError } from '../../common/domain-errors';
import type { TenantTx } from '../../database/tenant-db';
import { EldersRepository } from '../elders.repository';
import { JobsRepository } from '../jobs/jobs.repository';
import { isReferenceError, referenceError } from '../occupations.exception';
import { ProductsRepository } from '../products/products.repository';
import type { IncomeLine } from './income-records.repository';

/** Checks what income lines refer to: many lines in three queries. */
@Injectable()
export class IncomeReferences {
  constructor(
    private readonly elders: EldersRepository,
    private readonly products: ProductsRepository,
    private readonly jobs: JobsRepository,
  ) {}

  /**
   * Row errors of lines whose elder (current or removed record of the LAO), product or job
   * placement is not the LAO's (see referenceError), or whose job placement is another elder's or
   * does not cover the month.
   */
  async check(tx: TenantTx, lines: readonly (IncomeLine & { row: number })[]): Promise<RowError[]> {
    const unique = <T>(values: (T | null | undefined)[]): T[] => [...new Set(values.filter((v): v is T => v !== null && v !== undefined))];
    const elders = await this.elders.find(tx, unique(lines.map((l) => l.residentId)), true);
    const products = await this.products.existing(tx, unique(lines.map((l) => l.productId)));
    const placements = await this.jobs.placementsByIds(tx, unique(lines.map((l) => l.jobPlacementId)));
    const errors: RowError[] = [];
    const notFound = (row: number, field: string): void => void errors.push({ row, ...referenceError(field) });
    for (const line of lines) {
      if (!elders.has(line.residentId)) notFound(line.row, 'residentId');
      if (line.productId && !products.has(line.productId)) notFound(line.row, 'productId');
      if (!line.jobPlacementId) continue;
      const placement = placements.get(line.jobPlacementId);
      if (!placement) notFound(line.row, 'jobPlacementId');
      else if (placement.residentId !== line.residentId) {
        errors.push({ row: line.row, ...ruleError('jobPlacementId', 'otherResident') });
      } else {
        const month = monthPeriod(line.month);
        if (placement.from > month.end || (placement.to !== null && placement.to < month.start)) {
          errors.push({ row: line.row, ...ruleError('month', 'monthOutsideJobPlacement') });
        }
      }
    }
    return errors;
  }
}

/** Refused lines: 404 when every problem is a reference outside the LAO, else 400; nothing is written either way. */
export function rowsRefused(errors: RowError[]): DomainError {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return sorted.every((e) => isReferenceError(e.code))
    ? new DomainError(404, ERROR_CODES.notFound, 'ไม่พบข้อมูลที่อ้างถึงในบางแถว ไม่มีการบันทึกข้อมูลใด ๆ', { errors: sorted })
    : new DomainError(400, ERROR_CODES.validationFailed, 'ข้อมูลบางแถวไม่ถูกต้อง ไม่มีการบันทึกข้อมูลใด ๆ กรุณาแก้ไขแถวที่มีข้อความแจ้ง', { errors: sorted });
}
