import { Injectable } from '@nestjs/common';
import {
  CAREGIVER_RULES, expectedVisitDays,
  type CareVisitQueryDto, type CareVisitView, type CaregiverMonthSummary, type CreateCareVisitDto,
} from '@elderwork/contracts';
import { monthPeriod, todayInBangkok } from '@elderwork/thai';
import { fieldError, notFound, orNotFound } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import { TenantDb } from '../database/tenant-db';
import { AccessLogRepository } from '../residents/access-log.repository';
import { AuditRepository } from '../residents/audit.repository';
import { ResidentsRepository } from '../residents/residents.repository';
import { AssignmentsRepository } from './assignments.repository';
import { CareVisitsRepository } from './care-visits.repository';
import { caregiverNotFound, referenceNotFound } from './caregivers.exception';
import { CaregiversRepository } from './caregivers.repository';

/** Visits logged against an assignment, and a caregiver's month against the 20-day / 8-hour norm. */
@Injectable()
export class CareVisitsService {
  constructor(
    private readonly db: TenantDb,
    private readonly visits: CareVisitsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly caregivers: CaregiversRepository,
    private readonly residents: ResidentsRepository,
    private readonly audit: AuditRepository,
    private readonly accessLog: AccessLogRepository,
  ) {}

  create(ctx: RequestContext, dto: CreateCareVisitDto): Promise<CareVisitView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      if (!(await this.caregivers.find(tx, todayInBangkok(), dto.caregiverId))) throw referenceNotFound('caregiverId');
      if (!(await this.residents.findById(tx, dto.recipientId))) throw referenceNotFound('recipientId');
      const assignmentId = await this.assignments.currentOn(tx, dto.caregiverId, dto.recipientId, dto.visitedOn);
      if (!assignmentId) {
        throw fieldError('recipientId', 'noCurrentAssignment', { visitedOn: dto.visitedOn });
      }
      const id = await this.visits.insert(tx, dto, assignmentId, ctx.userId);
      await this.audit.record(tx, { residentId: dto.recipientId, actorId: ctx.userId, action: 'update', note: `อาสาสมัครบริบาล: เยี่ยมวันที่ ${dto.visitedOn} ${dto.minutes} นาที (${id})` });
      return orNotFound(await this.visits.find(tx, id), () => notFound('บันทึกการเยี่ยมบ้าน'));
    });
  }

  list(ctx: RequestContext, query: CareVisitQueryDto): Promise<CareVisitView[]> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const items = await this.visits.list(tx, { caregiverId: query.caregiverId, recipientId: query.recipientId, period: query.month ? monthPeriod(query.month) : undefined });
      await this.accessLog.record(tx, { actorId: ctx.userId, list: 'GET /api/care-visits', filters: { ...query }, count: items.length });
      return items;
    });
  }

  month(ctx: RequestContext, caregiverId: string, month: string): Promise<CaregiverMonthSummary> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const caregiver = await this.caregivers.find(tx, todayInBangkok(), caregiverId);
      if (!caregiver) throw caregiverNotFound();
      const period = monthPeriod(month);
      const rows = await this.visits.month(tx, caregiverId, period);
      const daysInMonth = Number(period.end.slice(8, 10));
      const daysActive = await this.caregivers.daysActive(tx, caregiverId, period);
      const normDays = expectedVisitDays(daysActive, daysInMonth);
      const total = rows.find((r) => Number(r.g_recipient) === 1);
      const minutes = total?.minutes ?? 0;
      const daysWorked = total?.days ?? 0;
      return {
        caregiver: { id: caregiver.id, name: caregiver.resident.name },
        month,
        period,
        daysInMonth,
        daysActive,
        norm: { days: normDays, hours: normDays * CAREGIVER_RULES.normHoursPerDay },
        daysWorked,
        visits: total?.visits ?? 0,
        minutes,
        hours: Number(total?.hours ?? 0),
        meetsDayNorm: daysWorked >= normDays,
        meetsHourNorm: minutes >= normDays * CAREGIVER_RULES.normHoursPerDay * 60,
        byRecipient: rows
          .filter((r) => Number(r.g_recipient) === 0)
          .map((r) => ({ id: r.recipient_id as string, name: r.name as string, visits: r.visits, days: r.days, minutes: r.minutes, hours: Number(r.hours) })),
      };
    });
  }
}
