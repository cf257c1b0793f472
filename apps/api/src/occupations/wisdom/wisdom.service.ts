import { Injectable } from '@nestjs/common';
import type { CreateWisdomDto, UpdateWisdomDto, WisdomQueryDto, WisdomRegistrationView } from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { staleVersion } from '../../common/domain-errors';
import { laoOf, type RequestContext } from '../../common/request-context';
import { TenantDb, type TenantTx } from '../../database/tenant-db';
import { AccessLogRepository } from '../../residents/access-log.repository';
import { AuditRepository, changesOf } from '../../residents/audit.repository';
import { EldersRepository } from '../elders.repository';
import { referenceNotFound, wisdomNotFound } from '../occupations.exception';
import { WisdomRepository } from './wisdom.repository';

/** The elderly wisdom bank: registrations, renewal (every 2 years) and search. */
@Injectable()
export class WisdomService {
  constructor(
    private readonly db: TenantDb,
    private readonly wisdom: WisdomRepository,
    private readonly elders: EldersRepository,
    private readonly audit: AuditRepository,
    private readonly accessLog: AccessLogRepository,
  ) {}

  async list(ctx: RequestContext, query: WisdomQueryDto): Promise<{ items: WisdomRegistrationView[]; total: number }> {
    const items = await this.db.run(laoOf(ctx), async (tx) => {
      const rows = await this.wisdom.list(tx, todayInBangkok(), query);
      await this.accessLog.record(tx, { actorId: ctx.userId, list: 'GET /api/wisdom', filters: { ...query }, count: rows.length });
      return rows;
    });
    return { items, total: items.length };
  }

  get(ctx: RequestContext, id: string): Promise<WisdomRegistrationView> {
    return this.db.run(laoOf(ctx), (tx) => this.found(tx, id));
  }

  create(ctx: RequestContext, dto: CreateWisdomDto): Promise<WisdomRegistrationView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      if (!(await this.elders.find(tx, [dto.residentId])).size) throw referenceNotFound('residentId');
      const id = await this.wisdom.insert(tx, { ...dto, registeredOn: dto.registeredOn ?? todayInBangkok() });
      await this.audit.record(tx, { residentId: dto.residentId, actorId: ctx.userId, action: 'update', note: `คลังปัญญา: ขึ้นทะเบียน ${id}` });
      return this.found(tx, id);
    });
  }

  /** Renewing is setting registeredOn to the renewal date. */
  update(ctx: RequestContext, id: string, dto: UpdateWisdomDto): Promise<WisdomRegistrationView> {
    const { version, ...change } = dto;
    return this.db.run(laoOf(ctx), async (tx) => {
      const before = await this.found(tx, id, true);
      if (before.version !== version) throw staleVersion();
      await this.wisdom.update(tx, id, change);
      await this.audit.record(tx, { residentId: before.resident.id, actorId: ctx.userId, action: 'update', changes: changesOf(before, change), note: `คลังปัญญา: แก้ไข ${id}` });
      return this.found(tx, id);
    });
  }

  private async found(tx: TenantTx, id: string, lock = false): Promise<WisdomRegistrationView> {
    const entry = await this.wisdom.find(tx, todayInBangkok(), id, lock);
    if (!entry) throw wisdomNotFound();
    return entry;
  }
}
