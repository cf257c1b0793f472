import { Injectable } from '@nestjs/common';
import type { CreateProductDto, ProductQueryDto, ProductView, UpdateProductDto } from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { staleVersion } from '../../common/domain-errors';
import { laoOf, type RequestContext } from '../../common/request-context';
import { TenantDb, type TenantTx } from '../../database/tenant-db';
import { CoursesRepository } from '../courses/courses.repository';
import { AuditRepository } from '../../residents/audit.repository';
import { AccessLogRepository } from '../../residents/access-log.repository';
import { EldersRepository } from '../elders.repository';
import { duplicateProductName, productNotFound, referenceNotFound } from '../occupations.exception';
import { ProductsRepository } from './products.repository';

/** Products elders make: name, category, unit and price, makers, and the course it came from. */
@Injectable()
export class ProductsService {
  constructor(
    private readonly db: TenantDb,
    private readonly products: ProductsRepository,
    private readonly courses: CoursesRepository,
    private readonly elders: EldersRepository,
    private readonly audit: AuditRepository,
    private readonly accessLog: AccessLogRepository,
  ) {}

  async list(ctx: RequestContext, query: ProductQueryDto): Promise<{ items: ProductView[]; total: number }> {
    const items = await this.db.run(laoOf(ctx), (tx) => this.products.list(tx, query));
    return { items, total: items.length };
  }

  get(ctx: RequestContext, id: string): Promise<ProductView> {
    return this.db.run(laoOf(ctx), (tx) => this.found(tx, id));
  }

  create(ctx: RequestContext, dto: CreateProductDto): Promise<ProductView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      await this.checkReferences(tx, dto.courseId, dto.makerIds);
      const id = await this.products.insert(tx, dto);
      if (!id) throw duplicateProductName((await this.products.idByName(tx, dto.name)) ?? '');
      await this.products.setMakers(tx, id, dto.makerIds ?? []);
      await this.audit.recordMany(tx, dto.makerIds ?? [], { actorId: ctx.userId, action: 'update', note: `สินค้า: เป็นผู้ผลิต "${dto.name}" (${id})` });
      return this.found(tx, id);
    });
  }

  update(ctx: RequestContext, id: string, dto: UpdateProductDto): Promise<ProductView> {
    const { version, makerIds, ...change } = dto;
    return this.db.run(laoOf(ctx), async (tx) => {
      const before = await this.found(tx, id, true);
      if (before.version !== version) throw staleVersion();
      await this.checkReferences(tx, change.courseId, makerIds);
      if (change.name && change.name !== before.name) {
        const other = await this.products.idByName(tx, change.name, id);
        if (other) throw duplicateProductName(other);
      }
      await this.products.update(tx, id, change);
      if (makerIds) {
        await this.products.setMakers(tx, id, makerIds);
        const was = new Set(before.makers.map((m) => m.id));
        const now = new Set(makerIds);
        await this.audit.recordMany(tx, makerIds.filter((m) => !was.has(m)), { actorId: ctx.userId, action: 'update', note: `สินค้า: เป็นผู้ผลิต "${before.name}" (${id})` });
        await this.audit.recordMany(tx, [...was].filter((m) => !now.has(m)), { actorId: ctx.userId, action: 'update', note: `สินค้า: ไม่เป็นผู้ผลิต "${before.name}" (${id})` });
      }
      return this.found(tx, id);
    });
  }

  private async checkReferences(tx: TenantTx, courseId: string | null | undefined, makerIds: string[] | undefined): Promise<void> {
    if (courseId && !(await this.courses.find(tx, todayInBangkok(), courseId))) throw referenceNotFound('courseId');
    if (makerIds?.length) {
      const found = await this.elders.find(tx, makerIds);
      if (makerIds.some((r) => !found.has(r))) throw referenceNotFound('makerIds');
    }
  }

  private async found(tx: TenantTx, id: string, lock = false): Promise<ProductView> {
    const product = await this.products.find(tx, id, lock);
    if (!product) throw productNotFound();
    return product;
  }
}
