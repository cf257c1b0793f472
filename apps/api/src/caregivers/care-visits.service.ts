import { Injectable } from '@nestjs/common';
import {
  CAREGIVER_RULES, expectedVisitDays,
  type CareVisitQueryDto, type CareVisitView, type CaregiverMonthSummary, type CreateCareVisitDto, type DeleteCareVisitDto, type UpdateCareVisitDto,
} from '@elderwork/contracts';
import { monthPeriod, todayInBangkok } from '@elderwork/thai';
import { fieldError, notFound, orNotFound, staleVersion, type DomainError } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import { TenantDb, type TenantTx } from '../database/tenant-db';
import { AccessLogRepository } from '../residents/access-log.repository';
import { AuditRepository } from '../residents/audit.repository';
import { ResidentsRepository } from '../residents/residents.repository';
import { AssignmentsRepository } from './assignments.repository';
import { CareVisitsRepository } from './care-visits.repository';
import { caregiverNotFound, referenceNotFound, visitMonthPaid } from './caregivers.exception';
import { CaregiversRepository } from './caregivers.repository';
import { StipendsRepository } from './stipends.repository';

const visitNotFound = (): DomainError => notFound('บันทึกการเยี่ยมบ้าน');

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
    private readonly stipends: StipendsRepository,
  ) {}

  create(ctx: RequestContext, dto: CreateCareVisitDto): Promise<CareVisitView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      if (!(await this.caregivers.find(tx, todayInBangkok(), dto.caregiverId))) throw referenceNotFound('caregiverId');
      if (!(await this.residents.findById(tx, dto.recipientId))) throw referenceNotFound('recipientId');
      const assignmentId = await this.assignments.currentOn(tx, dto.caregiverId, dto.recipientId, dto.visitedOn);
      if (!assignmentId) {
        throw fieldError('recipientId', 'noCurrentAssignment', { visitedOn: dto.visitedOn });
      }
      await this.monthOpen(tx, dto.caregiverId, dto.visitedOn);
      const id = await this.visits.insert(tx, dto, assignmentId, ctx.userId);
      await this.audit.record(tx, { residentId: dto.recipientId, actorId: ctx.userId, action: 'update', note: `อาสาสมัครบริบาล: เยี่ยมวันที่ ${dto.visitedOn} ${dto.minutes} นาที (${id})` });
      return orNotFound(await this.visits.find(tx, id), visitNotFound);
    });
  }

  /**
   * Corrects a visit's date, time, activities or note until its month's stipend is paid (the old
   * month and the new one); caregiver and recipient stay (a visit to someone else is a new visit).
   * The elder's audit trail keeps what changed.
   */
  update(ctx: RequestContext, id: string, dto: UpdateCareVisitDto): Promise<CareVisitView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const before = orNotFound(await this.visits.find(tx, id, true), visitNotFound);
      if (before.version !== dto.version) throw staleVersion();
      const assignmentId = await this.assignments.currentOn(tx, before.caregiver.id, before.recipient.id, dto.visitedOn);
      if (!assignmentId) throw fieldError('visitedOn', 'noCurrentAssignment', { visitedOn: dto.visitedOn });
      await this.monthOpen(tx, before.caregiver.id, before.visitedOn);
      await this.monthOpen(tx, before.caregiver.id, dto.visitedOn);
      const change = { visitedOn: dto.visitedOn, assignmentId, minutes: dto.minutes, activities: dto.activities, note: dto.note ?? null };
      await this.visits.update(tx, id, change, ctx.userId);
      const changes = Object.fromEntries(
        (['visitedOn', 'minutes', 'activities', 'note'] as const)
          .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(change[k]))
          .map((k): [string, [unknown, unknown]] => [`visit.${k}`, [before[k], change[k]]]),
      );
      await this.audit.record(tx, { residentId: before.recipient.id, actorId: ctx.userId, action: 'update', changes, note: `อาสาสมัครบริบาล: แก้ไขการเยี่ยมวันที่ ${before.visitedOn} (${id})` });
      return orNotFound(await this.visits.find(tx, id), visitNotFound);
    });
  }

  /** Deletes a visit recorded in error, until its month's stipend is paid; the audit trail keeps the visit and the reason. */
  remove(ctx: RequestContext, id: string, dto: DeleteCareVisitDto): Promise<void> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const before = orNotFound(await this.visits.find(tx, id, true), visitNotFound);
      if (before.version !== dto.version) throw staleVersion();
      await this.monthOpen(tx, before.caregiver.id, before.visitedOn);
      await this.visits.delete(tx, id);
      await this.audit.record(tx, {
        residentId: before.recipient.id,
        actorId: ctx.userId,
        action: 'update',
        changes: { 'visit.deleted': [{ visitedOn: before.visitedOn, minutes: before.minutes, activities: before.activities, caregiver: before.caregiver.name }, null] },
        note: `อาสาสมัครบริบาล: ลบการเยี่ยมวันที่ ${before.visitedOn} ${before.minutes} นาที (${id}) เหตุผล: ${dto.reason}`,
      });
    });
  }

  /** 409 when the caregiver's stipend of the day's month is paid: its visits are what was paid. */
  private async monthOpen(tx: TenantTx, caregiverId: string, day: string): Promise<void> {
    if (await this.stipends.isPaid(tx, caregiverId, `${day.slice(0, 7)}-01`)) throw visitMonthPaid(day.slice(0, 7));
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
      const { total, byRecipient } = await this.visits.month(tx, caregiverId, period);
      const daysInMonth = Number(period.end.slice(8, 10));
      const daysActive = await this.caregivers.daysActive(tx, caregiverId, period);
      const normDays = expectedVisitDays(daysActive, daysInMonth);
      const minutes = total.minutes;
      const daysWorked = total.days;
      return {
        caregiver: { id: caregiver.id, name: caregiver.resident.name },
        month,
        period,
        daysInMonth,
        daysActive,
        norm: { days: normDays, hours: normDays * CAREGIVER_RULES.normHoursPerDay },
        daysWorked,
        visits: total.visits,
        minutes,
        hours: total.hours,
        meetsDayNorm: daysWorked >= normDays,
        meetsHourNorm: minutes >= normDays * CAREGIVER_RULES.normHoursPerDay * 60,
        byRecipient,
      };
    });
  }
}
