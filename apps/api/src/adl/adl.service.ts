import { notFound, orNotFound } from '../common/domain-errors';
import { Injectable } from '@nestjs/common';
import { adlTotalOf, type AdlAssessmentView, type AdlItems, type CreateAdlAssessmentDto } from '@elderwork/contracts';
import { laoOf, type RequestContext } from '../common/request-context';
import { TenantDb, type TenantTx } from '../database/tenant-db';
import { AuditRepository } from '../residents/audit.repository';
import { residentNotFound } from '../residents/residents.exception';
import { ResidentsRepository } from '../residents/residents.repository';
import { AdlRepository } from './adl.repository';

/** Barthel ADL assessments of any registered elder: health data, so every write and read is audited. */
@Injectable()
export class AdlService {
  constructor(
    private readonly db: TenantDb,
    private readonly adl: AdlRepository,
    private readonly residents: ResidentsRepository,
    private readonly audit: AuditRepository,
  ) {}

  create(ctx: RequestContext, residentId: string, dto: CreateAdlAssessmentDto): Promise<AdlAssessmentView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      await this.current(tx, residentId);
      // The DTO has checked that items are complete and agree with any total given.
      const items: AdlItems | null = dto.items ? { ...dto.items } : null;
      const total = items ? (adlTotalOf(items) as number) : (dto.total as number);
      const id = await this.adl.insert(tx, { residentId, assessedOn: dto.assessedOn, items, total, note: dto.note ?? null }, ctx.userId);
      await this.audit.record(tx, { residentId, actorId: ctx.userId, action: 'update', note: `ADL: ประเมินวันที่ ${dto.assessedOn} คะแนน ${total}` });
      return orNotFound(await this.adl.find(tx, id), () => notFound('ผลการประเมิน ADL'));
    });
  }

  history(ctx: RequestContext, residentId: string): Promise<AdlAssessmentView[]> {
    return this.db.run(laoOf(ctx), async (tx) => {
      if (!(await this.residents.findById(tx, residentId))) throw residentNotFound();
      await this.audit.record(tx, { residentId, actorId: ctx.userId, action: 'read', note: 'ADL: ประวัติการประเมิน' });
      return this.adl.listForResident(tx, residentId);
    });
  }

  /** Only elders still in the registry are assessed. */
  private async current(tx: TenantTx, residentId: string): Promise<void> {
    const resident = await this.residents.findById(tx, residentId);
    if (!resident || resident.removedAt) throw residentNotFound();
  }
}
