import { Injectable } from '@nestjs/common';
import type { CreateEmployerDto, EmployerView, UpdateEmployerDto } from '@elderwork/contracts';
import { fieldError } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import { TenantDb, type TenantTx } from '../database/tenant-db';
import { ReferenceRepository } from '../reference/reference.repository';
import { AccessLogRepository } from '../residents/access-log.repository';
import { AuditRepository, changesOf } from '../residents/audit.repository';
import { EmployersRepository } from './employers.repository';
import { duplicateRegistrationNumber, employerNotFound } from './section35.exception';

@Injectable()
export class EmployersService {
  constructor(
    private readonly db: TenantDb,
    private readonly employers: EmployersRepository,
    private readonly reference: ReferenceRepository,
    private readonly audit: AuditRepository,
    private readonly accessLog: AccessLogRepository,
  ) {}

  list(ctx: RequestContext): Promise<EmployerView[]> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const items = await this.employers.list(tx);
      // Contact persons and phones are personal data.
      await this.accessLog.record(tx, { actorId: ctx.userId, list: 'GET /api/employers', filters: {}, count: items.length });
      return items;
    });
  }

  get(ctx: RequestContext, id: string): Promise<EmployerView> {
    return this.db.run(laoOf(ctx), (tx) => this.found(tx, id));
  }

  create(ctx: RequestContext, dto: CreateEmployerDto): Promise<EmployerView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      await this.checkProvince(dto.provinceCode);
      const id = await this.employers.insert(tx, dto);
      if (!id) {
        const existing = await this.employers.findByRegistrationNumber(tx, dto.registrationNumber);
        throw duplicateRegistrationNumber(existing?.id ?? '', existing?.name ?? '');
      }
      await this.audit.recordSubject(tx, { subject: 'employer', subjectId: id, actorId: ctx.userId, action: 'create', note: `มาตรา 35: สถานประกอบการ "${dto.name}"` });
      return this.found(tx, id);
    });
  }

  update(ctx: RequestContext, id: string, dto: UpdateEmployerDto): Promise<EmployerView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const before = await this.found(tx, id);
      if (dto.provinceCode) await this.checkProvince(dto.provinceCode);
      if (dto.registrationNumber) {
        const other = await this.employers.findByRegistrationNumber(tx, dto.registrationNumber, id);
        if (other) throw duplicateRegistrationNumber(other.id, other.name);
      }
      await this.employers.update(tx, id, dto);
      const changes = changesOf(before, dto);
      if (changes) await this.audit.recordSubject(tx, { subject: 'employer', subjectId: id, actorId: ctx.userId, action: 'update', changes });
      return this.found(tx, id);
    });
  }

  private async found(tx: TenantTx, id: string): Promise<EmployerView> {
    const employer = await this.employers.find(tx, id);
    if (!employer) throw employerNotFound();
    return employer;
  }

  private async checkProvince(code: string): Promise<void> {
    if (!(await this.reference.provinceExists(code))) throw fieldError('provinceCode', 'unknownProvince');
  }
}
