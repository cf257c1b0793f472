import { Injectable } from '@nestjs/common';
import type { GenerateStipendsDto, MarkStipendPaidDto, StipendBelowNorm, StipendGeneration, StipendQueryDto, StipendView } from '@elderwork/contracts';
import { monthPeriod, todayInBangkok } from '@elderwork/thai';
import { fieldError, orNotFound } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import { TenantDb, type TenantTx } from '../database/tenant-db';
import { AuditRepository } from '../residents/audit.repository';
import { stipendAlreadyPaid, stipendBelowNorm, stipendNotFound } from './caregivers.exception';
import { CaregiversRepository } from './caregivers.repository';
import { StipendsRepository } from './stipends.repository';

/** The month's stipends whose visit days are below the norm, fewest visit days first. */
const belowNormOf = (stipends: StipendView[]): StipendBelowNorm[] =>
  stipends
    .filter((s) => s.belowNorm)
    .sort((a, b) => a.visits.days - b.visits.days || a.caregiver.name.localeCompare(b.caregiver.name, 'th'))
    .map((s) => ({ stipendId: s.id, caregiver: s.caregiver, days: s.visits.days, minutes: s.visits.minutes, hours: s.visits.hours, norm: s.norm, paidOn: s.paidOn }));

/**
 * Monthly stipends of caregivers: generated per month (idempotent), then marked paid. A stipend whose
 * month's visit days are below the norm is reported by generate and paid in full only on explicit
 * confirmation; the visit counts it was paid on are kept (decision 0039).
 */
@Injectable()
export class StipendsService {
  constructor(
    private readonly db: TenantDb,
    private readonly stipends: StipendsRepository,
    private readonly caregivers: CaregiversRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The month may be the current one (stipends are prepared before the month's end), never a later one. */
  generate(ctx: RequestContext, dto: GenerateStipendsDto): Promise<StipendGeneration> {
    if (dto.month > todayInBangkok().slice(0, 7)) throw fieldError('month', 'stipendMonthInFuture');
    return this.db.run(laoOf(ctx), async (tx) => {
      const created = new Set(await this.stipends.generate(tx, monthPeriod(dto.month), ctx.userId));
      const all = await this.stipends.list(tx, { month: dto.month });
      const made = all.filter((s) => created.has(s.id));
      await this.audit.recordMany(tx, await this.residentsOf(tx, made.map((s) => s.caregiver.id)), { actorId: ctx.userId, action: 'update', note: `อาสาสมัครบริบาล: ค่าตอบแทนเดือน ${dto.month}` });
      return { month: dto.month, created: made, existing: all.filter((s) => !created.has(s.id)), belowNorm: belowNormOf(all) };
    });
  }

  list(ctx: RequestContext, query: StipendQueryDto): Promise<StipendView[]> {
    return this.db.run(laoOf(ctx), (tx) => this.stipends.list(tx, query));
  }

  markPaid(ctx: RequestContext, id: string, dto: MarkStipendPaidDto): Promise<StipendView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const stipend = await this.stipends.find(tx, id, true);
      if (!stipend) throw stipendNotFound();
      if (stipend.paidOn) throw stipendAlreadyPaid(stipend.paidOn);
      if (dto.paidOn < `${stipend.month}-01`) throw fieldError('paidOn', 'beforeMonth');
      // Below the visit norm it is paid in full only when the LAO says so (decision 0039).
      if (stipend.belowNorm && dto.confirmBelowNorm !== true) throw stipendBelowNorm(stipend.visits.days, stipend.norm.days);
      const { visits, norm } = stipend;
      await this.stipends.markPaid(tx, id, dto.paidOn, ctx.userId, visits);
      const counts = `เยี่ยมบ้าน ${visits.days} วัน ${visits.hours} ชั่วโมง (เกณฑ์ ${norm.days} วัน ${norm.hours} ชั่วโมง)`;
      const note =
        `อาสาสมัครบริบาล: จ่ายค่าตอบแทนเดือน ${stipend.month} ${stipend.amount} บาท วันที่ ${dto.paidOn} ${counts}` +
        (stipend.belowNorm ? ' ต่ำกว่าเกณฑ์ จ่ายเต็มจำนวนตามที่ อปท. ยืนยัน' : '');
      await this.audit.recordMany(tx, await this.residentsOf(tx, [stipend.caregiver.id]), { actorId: ctx.userId, action: 'update', note });
      return orNotFound(await this.stipends.find(tx, id), stipendNotFound);
    });
  }

  /** The residents who are these caregivers (the audit is kept per person). */
  private async residentsOf(tx: TenantTx, caregiverIds: string[]): Promise<string[]> {
    const today = todayInBangkok();
    const residents: string[] = [];
    for (const id of caregiverIds) {
      const caregiver = await this.caregivers.find(tx, today, id);
      if (caregiver) residents.push(caregiver.resident.id);
    }
    return residents;
  }
}
