import { Injectable, Logger } from '@nestjs/common';
import {
  ACCOUNT_MESSAGES,
  ERROR_CODES,
  type AccountChangeAction,
  type AccountChangeView,
  type CreateUserDto,
  type ListUsersQuery,
  type Role,
  type UpdateUserDto,
  type UserView,
} from '@elderwork/contracts';
import { DomainError, fieldError, forbidden, notFound, ruleError } from '../common/domain-errors';
import type { RequestContext } from '../common/request-context';
import { givableRoles, ORG_TYPE_OF_ROLE, orgUnitInScope, scopeOf, type ManageScope, type TargetOrgUnit } from './account-scope';
import { AccountLinks, type IssuedLink } from './account-links';
import { SessionsRepository } from './sessions.repository';
import { UsersRepository, type Db } from './users.repository';

const ACCOUNT = 'บัญชีผู้ใช้';
/** What a role's org unit code must be (rule orgUnitType). */
const NEEDS_LAO_CODE = { th: 'รหัส อปท. 7 หลัก', en: 'a 7-digit LAO code' };
const NEEDS_PROVINCE_CODE = { th: 'รหัสจังหวัด 2 หลัก', en: 'a 2-digit province code' };

/**
 * One answer for an address that is taken, wherever the account is: the caller learns only that
 * this address cannot be used, never in which LAO or with which role it exists (decision 0022).
 */
const emailUnavailable = (): DomainError =>
  new DomainError(409, ERROR_CODES.duplicateEmail, ACCOUNT_MESSAGES.emailUnavailable.th, {
    errors: [ruleError('email', 'emailUnavailable')],
  });

/** Who provisions whom (decision 0022): scope from the caller's token, checked on every read and change. */
@Injectable()
export class UsersService {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly links: AccountLinks,
  ) {}

  list(ctx: RequestContext, query: ListUsersQuery): Promise<UserView[]> {
    return this.users.listInScope(this.scope(ctx), query.orgUnitCode);
  }

  get(ctx: RequestContext, id: string): Promise<UserView> {
    return this.managed(ctx, id);
  }

  async history(ctx: RequestContext, id: string): Promise<AccountChangeView[]> {
    await this.get(ctx, id);
    return this.users.history(id);
  }

  async create(ctx: RequestContext, dto: CreateUserDto): Promise<UserView> {
    const scope = this.scope(ctx);
    this.checkGivable(scope, dto.role);
    // No password from the creator: the account gets a one-time activation link (decision 0023).
    const { id, link } = await this.users.db.transaction(async (db) => {
      const org = await this.targetOrgUnit(db, scope, dto);
      // The database re-checks the scope and writes the `create` history (decision 0027).
      const created = await this.users.insert(db, ctx.userId, { email: dto.email, displayName: dto.displayName, role: dto.role, orgUnitId: org.id });
      if (!created) {
        this.logger.warn(`account not created (address taken): actor=${ctx.userId} email=${dto.email}`);
        throw emailUnavailable();
      }
      const issued: IssuedLink = await this.links.issue(db, created, { email: dto.email, displayName: dto.displayName }, 'activate');
      return { id: created, link: issued };
    });
    this.logger.log(`account created: actor=${ctx.userId} user=${id} role=${dto.role} email=${dto.email}`);
    // A mail that fails leaves the account waiting; its manager sends a new link (POST /api/users/:id/reset-link).
    await this.links.sendOrLog(link);
    return this.get(ctx, id);
  }

  async update(ctx: RequestContext, id: string, dto: UpdateUserDto): Promise<UserView> {
    const scope = this.scope(ctx);
    if (id === ctx.userId && (dto.active === false || (dto.role && dto.role !== ctx.role))) {
      throw fieldError(dto.active === false ? 'active' : 'role', 'self');
    }
    const actions = await this.users.db.transaction(async (db) => {
      const before = await this.users.findInScope(scope, id, db);
      if (!before) throw notFound(ACCOUNT);
      if (dto.role && dto.role !== before.role) this.checkRoleChange(scope, dto.role, before);
      await this.users.update(db, id, { displayName: dto.displayName, active: dto.active });
      // Only through the function, which re-checks the scope and writes the `role` history itself (decision 0027).
      if (dto.role && dto.role !== before.role) await this.users.setRole(db, id, dto.role, ctx.userId);
      const done = await this.recordUpdate(db, ctx, before, dto);
      // A changed role or a deactivation ends every session of the account at once.
      if (done.some((a) => a === 'role' || a === 'deactivate')) await this.sessions.endAll(db, id);
      return done;
    });
    if (actions.length) this.logger.log(`account changed: actor=${ctx.userId} user=${id} ${actions.join(',')}`);
    return this.get(ctx, id);
  }

  private async recordUpdate(db: Db, ctx: RequestContext, before: UserView, dto: UpdateUserDto): Promise<AccountChangeAction[]> {
    const entries: { action: AccountChangeAction; changes: Record<string, [unknown, unknown]> | null }[] = [];
    if (dto.displayName !== undefined && dto.displayName !== before.displayName) entries.push({ action: 'update', changes: { displayName: [before.displayName, dto.displayName] } });
    if (dto.active !== undefined && dto.active !== before.active) {
      entries.push({ action: dto.active ? 'reactivate' : 'deactivate', changes: { active: [before.active, dto.active] } });
    }
    for (const entry of entries) await this.users.recordChange(db, { userId: before.id, actorId: ctx.userId, ...entry });
    const actions = entries.map((e) => e.action);
    return dto.role && dto.role !== before.role ? ['role', ...actions] : actions;
  }

  /** The account if the caller manages it (404 otherwise): reset links and unlocking use the same scope. */
  async managed(ctx: RequestContext, id: string, db?: Db): Promise<UserView> {
    const user = await this.users.findInScope(this.scope(ctx), id, db);
    if (!user) throw notFound(ACCOUNT);
    return user;
  }

  private scope(ctx: RequestContext): ManageScope {
    const scope = scopeOf(ctx);
    if (!scope) throw forbidden();
    return scope;
  }

  /** A role above what the caller may give (an LAO admin making an admin, a province making an officer) is refused. */
  private checkGivable(scope: ManageScope, role: Role): void {
    if (!givableRoles(scope).includes(role)) throw fieldError('role', 'roleNotGivable');
  }

  private checkRoleChange(scope: ManageScope, role: Role, before: UserView): void {
    this.checkGivable(scope, role);
    if (ORG_TYPE_OF_ROLE[role] !== before.orgUnit.type) throw fieldError('role', 'roleOrgUnitMismatch');
  }

  /** The org unit named by orgUnitCode, of the kind the role belongs to, inside the caller's scope (404 outside it). */
  private async targetOrgUnit(db: Db, scope: ManageScope, dto: CreateUserDto): Promise<TargetOrgUnit> {
    const type = ORG_TYPE_OF_ROLE[dto.role];
    if (type === 'dla') {
      const dla = await this.users.orgUnitByCode('dla', 'DLA', db);
      if (!dla) throw notFound('หน่วยงาน');
      return dla;
    }
    if (!dto.orgUnitCode) {
      if (scope.kind === 'lao') return { id: scope.laoId, type: 'lao', provinceCode: null };
      throw fieldError('orgUnitCode', 'orgUnitCodeRequired');
    }
    const codeType = dto.orgUnitCode.length === 7 ? 'lao' : 'province';
    if (codeType !== type) {
      throw fieldError('orgUnitCode', 'orgUnitType', { kind: type === 'lao' ? NEEDS_LAO_CODE : NEEDS_PROVINCE_CODE });
    }
    const org = await this.users.orgUnitByCode(type, dto.orgUnitCode, db);
    if (!org || !orgUnitInScope(scope, org)) throw notFound('หน่วยงาน');
    return org;
  }
}
