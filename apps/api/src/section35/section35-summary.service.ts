import { Injectable } from '@nestjs/common';
import type { Section35Summary, YearQueryDto } from '@elderwork/contracts';
import { periodOf } from '@elderwork/thai';
import { laoOf, type RequestContext } from '../common/request-context';
import { TenantDb } from '../database/tenant-db';
import { Section35SummaryRepository } from './section35-summary.repository';

@Injectable()
export class Section35SummaryService {
  constructor(
    private readonly db: TenantDb,
    private readonly figures: Section35SummaryRepository,
  ) {}

  summary(ctx: RequestContext, query: YearQueryDto): Promise<Section35Summary> {
    // Section 35 figures are normally read by calendar year (DEP's year).
    const yearType = query.yearType ?? 'calendar';
    return this.db.run(laoOf(ctx), (tx) => this.figures.summary(tx, query.year, yearType, periodOf(query.year, yearType)));
  }
}
