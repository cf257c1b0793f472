import { Injectable } from '@nestjs/common';
import {
  ADL_DEPENDENT_MAX, ADL_GROUP_LABELS, CAREGIVER_RULES, adlGroupOf,
  type AssignRecipientDto, type CareAssignmentView, type EndAssignmentDto,
} from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { fieldError, notFound, orNotFound } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import { AdlRepository } from '../adl/adl.repository';
import { TenantDb, type TenantTx } from '../database/tenant-db';
import { AuditRepository } from '../residents/audit.repository';
import { ResidentsRepository } from '../residents/residents.repository';
import { AssignmentsRepository } from './assignments.repository';
import { assignmentNotFound, caregiverNotFound, recipientAlreadyAssigned, referenceNotFound, tooManyRecipients } from './caregivers.exception';
import { CaregiversRepository } from './caregivers.repository';

/** Dependent elders in a caregiver's care: the 2–4 rule, one caregiver per elder, dependent elders only. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly db: TenantDb,
    private readonly assignments: AssignmentsRepository,
    private readonly caregivers: CaregiversRepository,
    private readonly residents: ResidentsRepository,
    private readonly adl: AdlRepository,
    private readonly audit: AuditRepository,
  ) {}

  assign(ctx: RequestContext, caregiverId: string, dto: AssignRecipientDto): Promise<CareAssignmentView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const today = todayInBangkok();
      // Lock order: the caregiver (serialises the 2–4 count), then the elder (serialises one caregiver per elder).
      const caregiver = await this.caregivers.find(tx, today, caregiverId, true);
      if (!caregiver) throw caregiverNotFound();
      const recipient = await this.residents.findById(tx, dto.recipientId, true);
      if (!recipient || recipient.removedAt) throw referenceNotFound('recipientId');
      if (recipient.id === caregiver.resident.id) {
        throw fieldError('recipientId', 'selfAssignment');
      }
      await this.checkActive(tx, caregiverId, caregiver.endDate, dto.from);
      await this.checkDependent(tx, dto.recipientId);
      const other = await this.assignments.findRecipientOverlap(tx, dto.recipientId, dto.from);
      if (other) throw recipientAlreadyAssigned(other.id, other.caregiverName);
      if ((await this.assignments.maxConcurrent(tx, caregiverId, dto.from)) >= CAREGIVER_RULES.maxRecipients) throw tooManyRecipients();
      const id = await this.assignments.insert(tx, { caregiverId, recipientId: dto.recipientId, from: dto.from }, ctx.userId);
      await this.audit.record(tx, { residentId: dto.recipientId, actorId: ctx.userId, action: 'update', note: `อาสาสมัครบริบาล: เริ่มดูแลโดย ${caregiver.resident.name} ตั้งแต่ ${dto.from}` });
      return orNotFound(await this.assignments.find(tx, today, id), () => notFound('ข้อมูลการดูแล'));
    });
  }

  end(ctx: RequestContext, caregiverId: string, recipientId: string, dto: EndAssignmentDto): Promise<CareAssignmentView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const today = todayInBangkok();
      const caregiver = await this.caregivers.find(tx, today, caregiverId, true);
      if (!caregiver) throw caregiverNotFound();
      const open = await this.assignments.findOpen(tx, caregiverId, recipientId);
      if (!open) throw assignmentNotFound();
      if (dto.to < open.from) throw fieldError('to', 'careEndBeforeStart', { from: open.from });
      if (open.lastVisit && dto.to < open.lastVisit) {
        throw fieldError('to', 'visitsAfterEnd', { lastVisit: open.lastVisit });
      }
      if (caregiver.endDate && dto.to > caregiver.endDate) {
        throw fieldError('to', 'afterCaregiverEnd', { endDate: caregiver.endDate });
      }
      await this.assignments.end(tx, open.id, dto.to, dto.reason ?? null);
      await this.audit.record(tx, { residentId: recipientId, actorId: ctx.userId, action: 'update', note: `อาสาสมัครบริบาล: สิ้นสุดการดูแลโดย ${caregiver.resident.name} วันที่ ${dto.to}` });
      return orNotFound(await this.assignments.find(tx, today, open.id), () => notFound('ข้อมูลการดูแล'));
    });
  }

  /** Care starts while the caregiver is active: 70 course hours recorded, from their first active day to their end. */
  private async checkActive(tx: TenantTx, caregiverId: string, endDate: string | null, from: string): Promise<void> {
    const activeFrom = await this.caregivers.activeFrom(tx, caregiverId);
    if (!activeFrom) {
      throw fieldError('caregiverId', 'inTraining', { hours: CAREGIVER_RULES.prerequisiteHours });
    }
    if (from < activeFrom) throw fieldError('from', 'beforeActive', { activeFrom });
    if (endDate && from > endDate) throw fieldError('from', 'afterEnd', { endDate });
  }

  /** Only dependent elders (latest ADL ≤ 11) are cared for under the scheme. */
  private async checkDependent(tx: TenantTx, recipientId: string): Promise<void> {
    const latest = await this.adl.latest(tx, recipientId);
    if (!latest) {
      throw fieldError('recipientId', 'noAdlAssessment');
    }
    if (latest.total > ADL_DEPENDENT_MAX) {
      throw fieldError('recipientId', 'notDependent', {
        assessedOn: latest.assessedOn, total: latest.total, group: ADL_GROUP_LABELS[adlGroupOf(latest.total)], max: ADL_DEPENDENT_MAX,
      });
    }
  }
}
