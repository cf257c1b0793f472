import { Injectable } from '@nestjs/common';
import { ERROR_CODES, type CreateUserDto, type UpdateUserDto, type UserView } from '@elderwork/contracts';
import { hashPassword } from '../auth/passwords';
import { DomainError, fieldError, notFound } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import { AccountStatusCache } from './account-status';
import { UsersRepository } from './users.repository';

/** An LAO administrator manages the accounts of their own LAO. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly accounts: AccountStatusCache,
  ) {}

  list(ctx: RequestContext): Promise<UserView[]> {
    return this.users.listInOrgUnit(laoOf(ctx));
  }

  async create(ctx: RequestContext, dto: CreateUserDto): Promise<UserView> {
    const laoId = laoOf(ctx);
    const id = await this.users.insert({ ...dto, passwordHash: await hashPassword(dto.password), orgUnitId: laoId });
    if (!id) {
      throw new DomainError(409, ERROR_CODES.duplicateEmail, 'อีเมลนี้มีผู้ใช้แล้ว', {
        errors: [{ field: 'email', code: 'duplicate', message: 'อีเมลนี้มีผู้ใช้แล้ว' }],
      });
    }
    return this.get(ctx, id);
  }

  async update(ctx: RequestContext, id: string, dto: UpdateUserDto): Promise<UserView> {
    if (id === ctx.userId && (dto.active === false || (dto.role && dto.role !== ctx.role))) {
      throw fieldError(dto.active === false ? 'active' : 'role', 'self', 'ไม่สามารถปิดบัญชีหรือเปลี่ยนบทบาทของตนเองได้');
    }
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    const found = await this.users.update(laoOf(ctx), id, { displayName: dto.displayName, role: dto.role, active: dto.active, passwordHash });
    if (!found) throw notFound('บัญชีผู้ใช้');
    this.accounts.forget(id);
    return this.get(ctx, id);
  }

  private async get(ctx: RequestContext, id: string): Promise<UserView> {
    const user = await this.users.findInOrgUnit(laoOf(ctx), id);
    if (!user) throw notFound('บัญชีผู้ใช้');
    return user;
  }
}
