import { Injectable } from '@nestjs/common';
import { expectedVisitDays, type CaregiverFollowUp, type CaregiversSummary, type YearQueryDto } from '@elderwork/contracts';
import { addDays, monthPeriod, periodOf, todayInBangkok } from '@elderwork/thai';
import { laoOf, type RequestContext } from '../common/request-context';
import { TenantDb } from '../database/tenant-db';
import { CaregiversSummaryRepository } from './caregivers-summary.repository';
import { FollowUpRepository } from './follow-up.repository';

/** Caregiver figures for the yearly report, and the lists staff follow up on. */
@Injectable()
export class CaregiversSummaryService {
  constructor(
    private readonly db: TenantDb,
    private readonly figures: CaregiversSummaryRepository,
    private readonly followUps: FollowUpRepository,
  ) {}

  summary(ctx: RequestContext, query: YearQueryDto): Promise<CaregiversSummary> {
    // Stipends are budgeted, and so normally read, by fiscal year.
    const yearType = query.yearType ?? 'fiscal';
    return this.db.run(laoOf(ctx), (tx) => this.figures.summary(tx, query.year, yearType, periodOf(query.year, yearType)));
  }

  followUp(ctx: RequestContext): Promise<CaregiverFollowUp> {
    const today = todayInBangkok();
    // The day before the 1st of this month lies in last month.
    const lastMonth = addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
    const period = monthPeriod(lastMonth);
    const daysInMonth = Number(period.end.slice(8, 10));
    return this.db.run(laoOf(ctx), async (tx) => ({
      asOf: today,
      lastMonth,
      staleAssessments: await this.followUps.staleAssessments(tx, today),
      noLongerDependent: await this.followUps.noLongerDependent(tx),
      belowMinimum: await this.followUps.belowMinimum(tx, today),
      shortVisitDays: (await this.followUps.visitDays(tx, period))
        .map((c) => ({ caregiver: { id: c.id, name: c.name }, month: lastMonth, visitDays: c.visitDays, expectedDays: expectedVisitDays(c.daysActive, daysInMonth), daysActive: c.daysActive }))
        .filter((c) => c.visitDays < c.expectedDays),
    }));
  }
}
