import { Injectable } from '@nestjs/common';
import type { GenerateStipendsDto, MarkStipendPaidDto, StipendGeneration, StipendQueryDto, StipendView } from '@elderwork/contracts';
import { formatThaiDate, monthPeriod, todayInBangkok } from '@elderwork/thai';
import { fieldError } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import { TenantDb } from '../database/tenant-db';
import { stipendAlreadyPaid, stipendNotFound } from './caregivers.exception';
import { StipendsRepository } from './stipends.repository';

/** Monthly stipends of caregivers: generated per month (idempotent), then marked paid. */
@Injectable()
export class StipendsService {
  constructor(
    private readonly db: TenantDb,
    private readonly stipends: StipendsRepository,
  ) {}

  /** The month may be the current one (stipends are prepared before the month's end), never a later one. */
  generate(ctx: RequestContext, dto: GenerateStipendsDto): Promise<StipendGeneration> {
    if (dto.month > todayInBangkok().slice(0, 7)) throw fieldError('month', 'monthInFuture', 'สร้างค่าตอบแทนของเดือนในอนาคตไม่ได้');
    return this.db.run(laoOf(ctx), async (tx) => {
      const created = new Set(await this.stipends.generate(tx, monthPeriod(dto.month), ctx.userId));
      const all = await this.stipends.list(tx, { month: dto.month });
      return { month: dto.month, created: all.filter((s) => created.has(s.id)), existing: all.filter((s) => !created.has(s.id)) };
    });
  }

  list(ctx: RequestContext, query: StipendQueryDto): Promise<StipendView[]> {
    return this.db.run(laoOf(ctx), (tx) => this.stipends.list(tx, query));
  }

  markPaid(ctx: RequestContext, id: string, dto: MarkStipendPaidDto): Promise<StipendView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const stipend = await this.stipends.find(tx, id, true);
      if (!stipend) throw stipendNotFound();
      if (stipend.paidOn) throw stipendAlreadyPaid(formatThaiDate(stipend.paidOn, { style: 'long' }));
      if (dto.paidOn < `${stipend.month}-01`) throw fieldError('paidOn', 'beforeMonth', 'วันที่จ่ายต้องไม่ก่อนวันแรกของเดือนที่จ่ายค่าตอบแทน');
      await this.stipends.markPaid(tx, id, dto.paidOn, ctx.userId);
      return (await this.stipends.find(tx, id)) as StipendView;
    });
  }
}
