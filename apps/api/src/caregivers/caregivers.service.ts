import { Injectable } from '@nestjs/common';
import {
  CAREGIVER_RULES, VALIDATION_MESSAGES,
  type CaregiverDetailView, type CaregiverQueryDto, type CaregiverView, type CreateCaregiverDto, type FieldError, type UpdateCaregiverDto,
} from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { ruleError, staleVersion, validationFailed } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import { TenantDb, type TenantTx } from '../database/tenant-db';
import { AccessLogRepository } from '../residents/access-log.repository';
import { AuditRepository } from '../residents/audit.repository';
import { ResidentsRepository } from '../residents/residents.repository';
import { AssignmentsRepository } from './assignments.repository';
import { caregiverNotFound, overlappingCaregiver, referenceNotFound } from './caregivers.exception';
import { CaregiversRepository, type CaregiverBounds, type CaregiverFields } from './caregivers.repository';

/** The first day a caregiver with these fields is active, as ACTIVE_FROM_SQL computes it; null while in training. */
function activeFrom(f: CaregiverFields): string | null {
  if (f.trainingHours < CAREGIVER_RULES.prerequisiteHours) return null;
  return f.certifiedOn && f.certifiedOn > f.startDate ? f.certifiedOn : f.startDate;
}

/** Field rules that involve more than one field. */
function checkFields(f: CaregiverFields): FieldError[] {
  const errors: FieldError[] = [];
  if (f.endDate && f.endDate < f.startDate) errors.push({ field: 'endDate', code: 'endBeforeStart', message: VALIDATION_MESSAGES.endBeforeStart.th });
  if (f.certifiedOn && f.trainingHours < CAREGIVER_RULES.prerequisiteHours) {
    errors.push(ruleError('certifiedOn', 'courseIncomplete', { hours: CAREGIVER_RULES.prerequisiteHours }));
  }
  return errors;
}

/** What recorded care, visits and stipends require of changed fields. */
function checkBounds(f: CaregiverFields, b: CaregiverBounds): FieldError[] {
  const errors: FieldError[] = [];
  const from = activeFrom(f);
  if (b.firstFrom && !from) {
    errors.push(ruleError('trainingHours', 'trainingHoursHasRecipients', { hours: CAREGIVER_RULES.prerequisiteHours }));
  } else if (b.firstFrom && from && from > b.firstFrom) {
    const field = f.certifiedOn && f.certifiedOn === from && from !== f.startDate ? 'certifiedOn' : 'startDate';
    errors.push(ruleError(field, 'startAfterFirstCare', { firstFrom: b.firstFrom }));
  }
  if (f.endDate) {
    const last = [b.lastFrom, b.lastVisit].filter((d): d is string => d !== null).sort().pop();
    if (last && f.endDate < last) {
      errors.push(ruleError('endDate', 'careAfterEnd', { last }));
    } else if (b.lastStipendMonth && f.endDate < b.lastStipendMonth) {
      errors.push(ruleError('endDate', 'stipendAfterEnd', { monthStart: b.lastStipendMonth }));
    }
  }
  return errors;
}

/** Local caregiver volunteers: elders of the LAO engaged to care for dependent elders. */
@Injectable()
export class CaregiversService {
  constructor(
    private readonly db: TenantDb,
    private readonly caregivers: CaregiversRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly residents: ResidentsRepository,
    private readonly audit: AuditRepository,
    private readonly accessLog: AccessLogRepository,
  ) {}

  list(ctx: RequestContext, query: CaregiverQueryDto): Promise<CaregiverView[]> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const items = await this.caregivers.list(tx, todayInBangkok(), query.status);
      await this.accessLog.record(tx, { actorId: ctx.userId, list: 'GET /api/caregivers', filters: { ...query }, count: items.length });
      return items;
    });
  }

  get(ctx: RequestContext, id: string): Promise<CaregiverDetailView> {
    return this.db.run(laoOf(ctx), (tx) => this.detail(tx, id));
  }

  create(ctx: RequestContext, dto: CreateCaregiverDto): Promise<CaregiverDetailView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      // Locking the elder serialises engagements of one person, so the overlap check holds.
      const resident = await this.residents.findById(tx, dto.residentId, true);
      if (!resident || resident.removedAt) throw referenceNotFound('residentId');
      const fields: CaregiverFields = {
        startDate: dto.startDate, endDate: dto.endDate ?? null, trainingHours: dto.trainingHours, certifiedOn: dto.certifiedOn ?? null,
        extraCourseHours: dto.extraCourseHours ?? 0, careManager: dto.careManager, monthlyStipend: dto.monthlyStipend ?? null,
      };
      const errors = checkFields(fields);
      if (errors.length) throw validationFailed(errors);
      const overlapping = await this.caregivers.findOverlapping(tx, dto.residentId, fields.startDate, fields.endDate);
      if (overlapping) throw overlappingCaregiver(overlapping);
      const id = await this.caregivers.insert(tx, dto.residentId, fields);
      await this.audit.record(tx, { residentId: dto.residentId, actorId: ctx.userId, action: 'update', note: `อาสาสมัครบริบาลท้องถิ่น: ขึ้นทะเบียน ${id}` });
      return this.detail(tx, id);
    });
  }

  update(ctx: RequestContext, id: string, dto: UpdateCaregiverDto): Promise<CaregiverDetailView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const today = todayInBangkok();
      const before = await this.caregivers.find(tx, today, id, true);
      if (!before) throw caregiverNotFound();
      if (before.version !== dto.version) throw staleVersion();
      const fields: CaregiverFields = { ...this.stored(before), ...this.changes(dto) };
      const errors = [...checkFields(fields), ...checkBounds(fields, await this.caregivers.bounds(tx, id))];
      if (errors.length) throw validationFailed(errors);
      if (fields.startDate !== before.startDate || fields.endDate !== before.endDate) {
        const overlapping = await this.caregivers.findOverlapping(tx, before.resident.id, fields.startDate, fields.endDate, id);
        if (overlapping) throw overlappingCaregiver(overlapping);
      }
      await this.caregivers.update(tx, id, fields);
      if (fields.endDate) await this.caregivers.endAssignmentsBy(tx, id, fields.endDate);
      await this.audit.record(tx, { residentId: before.resident.id, actorId: ctx.userId, action: 'update', note: `อาสาสมัครบริบาลท้องถิ่น: แก้ไข ${id}` });
      return this.detail(tx, id);
    });
  }

  private async detail(tx: TenantTx, id: string): Promise<CaregiverDetailView> {
    const today = todayInBangkok();
    const caregiver = await this.caregivers.find(tx, today, id);
    if (!caregiver) throw caregiverNotFound();
    return { ...caregiver, recipients: await this.assignments.listForCaregiver(tx, today, id) };
  }

  /** The stored fields of a caregiver: a default stipend is kept as null, not as its amount. */
  private stored(c: CaregiverView): CaregiverFields {
    const { startDate, endDate, trainingHours, certifiedOn, extraCourseHours, careManager } = c;
    return { startDate, endDate, trainingHours, certifiedOn, extraCourseHours, careManager, monthlyStipend: c.monthlyStipendIsDefault ? null : c.monthlyStipend };
  }

  /** The fields a PATCH body sets; null clears (an end date, a certificate date, a stipend back to its default). */
  private changes(dto: UpdateCaregiverDto): Partial<CaregiverFields> {
    const { version: _version, ...change } = dto;
    return Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as Partial<CaregiverFields>;
  }
}
