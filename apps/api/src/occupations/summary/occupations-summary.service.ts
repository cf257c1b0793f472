import { Injectable } from '@nestjs/common';
import type { OccupationsSummary, YearQueryDto } from '@elderwork/contracts';
import { periodOf, todayInBangkok } from '@elderwork/thai';
import { laoOf, type RequestContext } from '../../common/request-context';
import { TenantDb } from '../../database/tenant-db';
import { OccupationsSummaryRepository } from './occupations-summary.repository';

@Injectable()
export class OccupationsSummaryService {
  constructor(
    private readonly db: TenantDb,
    private readonly figures: OccupationsSummaryRepository,
  ) {}

  summary(ctx: RequestContext, query: YearQueryDto): Promise<OccupationsSummary> {
    // The LAO's yearly report and budgets run by fiscal year; calendar on request.
    const yearType = query.yearType ?? 'fiscal';
    return this.db.run(laoOf(ctx), (tx) => this.figures.summary(tx, query.year, yearType, periodOf(query.year, yearType), todayInBangkok()));
  }
}
