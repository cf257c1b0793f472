import { Injectable } from '@nestjs/common';
import {
  PLACEMENT_STATUS_LABELS, PLACEMENT_TRANSITIONS,
  type CreatePaymentDto, type CreatePlacementDto, type FieldError, type PaymentView, type PlacementQueryDto, type PlacementView, type UpdatePlacementDto,
} from '@elderwork/contracts';
import { addDays, calendarYearOf, periodOf } from '@elderwork/thai';
import { requireWithin } from '../common/date-window';
import { fieldError, ruleError, staleVersion, validationFailed } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import { TenantDb, type TenantTx } from '../database/tenant-db';
import { ReferenceRepository } from '../reference/reference.repository';
import { AccessLogRepository } from '../residents/access-log.repository';
import { AuditRepository, type AuditWrite } from '../residents/audit.repository';
import { ResidentsRepository } from '../residents/residents.repository';
import { EmployersRepository } from './employers.repository';
import { PlacementsRepository } from './placements.repository';
import { overlappingPlacement, overlappingPlacementElsewhere, placementNotFound, referenceNotFound } from './section35.exception';

const satang = (baht: number): number => Math.round(baht * 100);
/**
 * The audit of a deliberately concurrent placement: the note says so with the reason and the first
 * placement it overlaps, cut to the note's 500 characters; the changes keep the whole reason and every one.
 */
function concurrentAudit(added: string, overlapping: string[], reason: string | null): Pick<AuditWrite, 'note' | 'changes'> {
  const others = overlapping.length === 0 ? '' : ` กับ ${overlapping[0]}${overlapping.length > 1 ? ` และอีก ${overlapping.length - 1} รายการ` : ''}`;
  const note = `${added} จ้างงานซ้อนกันโดยเจตนา${others}: ${reason ?? ''}`;
  return {
    note: note.length > 500 ? `${note.slice(0, 499)}…` : note,
    changes: { concurrentReason: [null, reason], concurrentWith: [null, overlapping] },
  };
}
/** The date a payment's window names (rule dateOutOfRange). */
const PAID_ON = { th: 'วันที่จ่าย', en: 'The payment date' };

/** Section 35 placements: the LAO as intermediary between disabled elders and employers. */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly db: TenantDb,
    private readonly placements: PlacementsRepository,
    private readonly residents: ResidentsRepository,
    private readonly employers: EmployersRepository,
    private readonly reference: ReferenceRepository,
    private readonly audit: AuditRepository,
    private readonly accessLog: AccessLogRepository,
  ) {}

  async list(ctx: RequestContext, query: PlacementQueryDto): Promise<{ items: PlacementView[]; total: number }> {
    const period = query.year ? periodOf(query.year, query.yearType ?? 'calendar') : null;
    const items = await this.db.run(laoOf(ctx), async (tx) => {
      const rows = await this.placements.list(tx, query, period);
      await this.accessLog.record(tx, { actorId: ctx.userId, list: 'GET /api/placements', filters: { ...query }, count: rows.length });
      return rows;
    });
    return { items, total: items.length };
  }

  get(ctx: RequestContext, id: string): Promise<PlacementView> {
    return this.db.run(laoOf(ctx), (tx) => this.found(tx, id));
  }

  create(ctx: RequestContext, dto: CreatePlacementDto): Promise<PlacementView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      // Locking the elder serialises placements of one person, so the overlap check holds.
      const resident = await this.residents.findById(tx, dto.residentId, true);
      if (!resident || resident.removedAt) throw referenceNotFound('residentId');
      if (!resident.disabilityType && !resident.caresForDisabledPerson) {
        throw fieldError('residentId', 'notEligible');
      }
      if (!(await this.employers.find(tx, dto.employerId))) throw referenceNotFound('employerId');
      const dailyRate = dto.dailyRate ?? (await this.defaultRate(dto.startDate));
      // One elder's placements never overlap with one employer; with another only when the LAO says it is deliberate (decision 0033).
      const overlapping = await this.placements.findOverlapping(tx, dto.residentId, dto.employerId, dto.startDate, dto.endDate);
      const sameEmployer = overlapping.find((o) => o.employerId === dto.employerId);
      if (sameEmployer) throw overlappingPlacement(sameEmployer.id);
      const concurrent = dto.concurrent === true;
      if (overlapping[0] && !concurrent) throw overlappingPlacementElsewhere(overlapping[0]);
      const concurrentReason = concurrent ? (dto.concurrentReason ?? null) : null;
      const id = await this.placements.insert(tx, { ...dto, dailyRate, concurrent, concurrentReason });
      const added = `มาตรา 35: เพิ่มการจ้างงาน ${id}`;
      await this.audit.record(tx, {
        residentId: dto.residentId,
        actorId: ctx.userId,
        action: 'update',
        ...(concurrent ? concurrentAudit(added, overlapping.map((o) => o.id), concurrentReason) : { note: added }),
      });
      return this.found(tx, id);
    });
  }

  update(ctx: RequestContext, id: string, dto: UpdatePlacementDto): Promise<PlacementView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const placement = await this.found(tx, id, true);
      if (placement.version !== dto.version) throw staleVersion();
      const change = { contractNo: dto.contractNo, note: dto.note, status: undefined as PlacementView['status'] | undefined, terminatedOn: undefined as string | undefined, terminationReason: undefined as string | undefined };
      if (dto.status && dto.status !== placement.status) {
        if (!PLACEMENT_TRANSITIONS[placement.status].includes(dto.status)) {
          throw fieldError('status', 'transition', { from: PLACEMENT_STATUS_LABELS[placement.status], to: PLACEMENT_STATUS_LABELS[dto.status] });
        }
        change.status = dto.status;
        if (dto.status === 'terminated') Object.assign(change, await this.termination(tx, placement, dto));
      } else if (dto.terminatedOn || dto.terminationReason) {
        throw fieldError('status', 'terminate');
      }
      await this.placements.update(tx, id, change);
      if (change.status) {
        await this.audit.record(tx, { residentId: placement.resident.id, actorId: ctx.userId, action: 'update', note: `มาตรา 35: ${id} → ${change.status}` });
      }
      return this.found(tx, id);
    });
  }

  addPayment(ctx: RequestContext, id: string, dto: CreatePaymentDto): Promise<PaymentView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const placement = await this.found(tx, id, true);
      // Paid for this placement's work: from its start, and up to a year after its end for arrears (decision 0016).
      requireWithin('paidOn', dto.paidOn, placement.startDate, addDays(placement.endDate, 365), PAID_ON);
      if (satang(placement.paidToDate) + satang(dto.amount) > satang(placement.value)) {
        throw fieldError('amount', 'exceedsValue', { total: placement.paidToDate + dto.amount, value: placement.value });
      }
      const payment = await this.placements.insertPayment(tx, id, dto, ctx.userId);
      await this.audit.record(tx, { residentId: placement.resident.id, actorId: ctx.userId, action: 'update', note: `มาตรา 35: จ่ายเงิน ${dto.amount} บาท วันที่ ${dto.paidOn} (${id})` });
      return payment;
    });
  }

  private async termination(tx: TenantTx, placement: PlacementView, dto: UpdatePlacementDto): Promise<{ terminatedOn: string; terminationReason: string }> {
    const errors: FieldError[] = [];
    if (!dto.terminatedOn) errors.push(ruleError('terminatedOn', 'terminationDateRequired'));
    else if (dto.terminatedOn < placement.startDate || dto.terminatedOn > placement.endDate) {
      errors.push(ruleError('terminatedOn', 'terminatedOutsidePlacement'));
    }
    if (!dto.terminationReason) errors.push(ruleError('terminationReason', 'terminationReasonRequired'));
    if (errors.length) throw validationFailed(errors);
    const terminatedOn = dto.terminatedOn as string;
    const value = await this.placements.valueUntil(tx, placement.id, terminatedOn);
    if (satang(placement.paidToDate) > satang(value)) {
      throw fieldError('terminatedOn', 'paidExceedsValue', { paid: placement.paidToDate, value });
    }
    return { terminatedOn, terminationReason: dto.terminationReason as string };
  }

  /** The rate of the start date's calendar year (BE), kept by DLA officers. */
  private async defaultRate(startDate: string): Promise<number> {
    const year = calendarYearOf(startDate);
    const rate = (await this.reference.rates()).find((r) => r.year === year);
    if (!rate) throw fieldError('dailyRate', 'noRate', { year });
    return rate.dailyRate;
  }

  private async found(tx: TenantTx, id: string, lock = false): Promise<PlacementView> {
    const placement = await this.placements.find(tx, id, lock);
    if (!placement) throw placementNotFound();
    return placement;
  }
}
