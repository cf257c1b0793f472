import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AccountChangeAction, AccountChangeView, Role, UserView } from '@elderwork/contracts';
import { ORG_UNIT_COLUMNS, PROVINCE_JOIN, toOrgUnitView, type OrgUnitRow } from '../org-units/org-unit-view';
import type { ManageScope, TargetOrgUnit } from './account-scope';

interface UserRow extends OrgUnitRow {
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  active: boolean;
  password_hash: string | null;
}

export interface UserWithSecret {
  view: UserView;
  passwordHash: string | null;
}

/** A connection or a transaction: both run SQL. */
export type Db = Pick<EntityManager, 'query'>;

const SELECT_USER = `
  SELECT u.id AS user_id, u.email, u.display_name, u.role, u.active, u.password_hash, ${ORG_UNIT_COLUMNS}
  FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id ${PROVINCE_JOIN}`;

/** At most this many accounts in one list (the DLA's scope holds thousands; filter by org unit). */
export const USER_LIST_LIMIT = 500;

function toUser(row: UserRow): UserWithSecret {
  return {
    view: { id: row.user_id, email: row.email, displayName: row.display_name, role: row.role, active: row.active, orgUnit: toOrgUnitView(row) },
    passwordHash: row.password_hash,
  };
}

/** The accounts a scope manages, as a WHERE clause on `u` and `o` whose parameters start at $next. */
function scopeWhere(scope: ManageScope, next: number): { sql: string; params: unknown[] } {
  if (scope.kind === 'dla') return { sql: `u.role IN ('dla_officer', 'province_officer', 'lao_admin')`, params: [] };
  if (scope.kind === 'province') return { sql: `u.role = 'lao_admin' AND o.type = 'lao' AND o.province_code = $${next}`, params: [scope.provinceCode] };
  return { sql: `u.role = 'staff' AND u.org_unit_id = $${next}`, params: [scope.laoId] };
}

function affected(result: unknown): number {
  // TypeORM's query() returns [rows, count] for UPDATE.
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : Array.isArray(result) ? result.length : 0;
}

/** Accounts are global (not RLS-bound); every query that is not a login is scoped here. */
@Injectable()
export class UsersRepository {
  constructor(readonly db: DataSource) {}

  async findByEmail(email: string, db: Db = this.db): Promise<UserWithSecret | null> {
    const rows: UserRow[] = await db.query(`${SELECT_USER} WHERE u.email = $1`, [email]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async findById(id: string, db: Db = this.db): Promise<UserWithSecret | null> {
    const rows: UserRow[] = await db.query(`${SELECT_USER} WHERE u.id = $1`, [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async findInOrgUnit(orgUnitId: string, id: string): Promise<UserView | null> {
    const rows: UserRow[] = await this.db.query(`${SELECT_USER} WHERE u.id = $1 AND u.org_unit_id = $2`, [id, orgUnitId]);
    return rows[0] ? toUser(rows[0]).view : null;
  }

  async findInScope(scope: ManageScope, id: string, db: Db = this.db): Promise<UserView | null> {
    const where = scopeWhere(scope, 2);
    const rows: UserRow[] = await db.query(`${SELECT_USER} WHERE u.id = $1 AND ${where.sql}`, [id, ...where.params]);
    return rows[0] ? toUser(rows[0]).view : null;
  }

  async listInScope(scope: ManageScope, orgUnitCode: string | undefined): Promise<UserView[]> {
    const where = scopeWhere(scope, 2);
    const rows: UserRow[] = await this.db.query(
      `${SELECT_USER} WHERE ${where.sql} AND ($1::text IS NULL OR o.code = $1) ORDER BY o.code, u.display_name, u.email LIMIT ${USER_LIST_LIMIT}`,
      [orgUnitCode ?? null, ...where.params],
    );
    return rows.map((row) => toUser(row).view);
  }

  async orgUnitByCode(type: TargetOrgUnit['type'], code: string, db: Db = this.db): Promise<TargetOrgUnit | null> {
    const rows: { id: string; type: TargetOrgUnit['type']; province_code: string | null }[] = await db.query(
      `SELECT id, type, province_code FROM org_unit WHERE type = $1 AND code = $2`,
      [type, code],
    );
    return rows[0] ? { id: rows[0].id, type: rows[0].type, provinceCode: rows[0].province_code } : null;
  }

  /** Returns the new id, or null when the email is taken (by any account, anywhere). */
  async insert(db: Db, user: { email: string; displayName: string; passwordHash: string | null; role: Role; orgUnitId: string }): Promise<string | null> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO app_user (email, display_name, password_hash, role, org_unit_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [user.email, user.displayName, user.passwordHash, user.role, user.orgUnitId],
    );
    return rows[0]?.id ?? null;
  }

  async update(db: Db, id: string, change: { displayName?: string; passwordHash?: string; role?: Role; active?: boolean }): Promise<boolean> {
    const result: unknown = await db.query(
      `UPDATE app_user SET display_name = COALESCE($2, display_name), password_hash = COALESCE($3, password_hash),
              role = COALESCE($4, role), active = COALESCE($5, active)
       WHERE id = $1`,
      [id, change.displayName ?? null, change.passwordHash ?? null, change.role ?? null, change.active ?? null],
    );
    return affected(result) > 0;
  }

  async recordChange(db: Db, change: { userId: string; actorId: string | null; action: AccountChangeAction; changes: Record<string, [unknown, unknown]> | null }): Promise<void> {
    await db.query(`INSERT INTO account_change (user_id, actor_id, action, changes, at) VALUES ($1, $2, $3, $4, clock_timestamp())`, [
      change.userId,
      change.actorId,
      change.action,
      change.changes === null ? null : JSON.stringify(change.changes),
    ]);
  }

  async history(userId: string): Promise<AccountChangeView[]> {
    const rows: { id: string; at: Date; action: AccountChangeAction; changes: Record<string, [unknown, unknown]> | null; actor_id: string | null; email: string | null; display_name: string | null }[] =
      await this.db.query(
        `SELECT c.id, c.at, c.action, c.changes, a.id AS actor_id, a.email, a.display_name
         FROM account_change c LEFT JOIN app_user a ON a.id = c.actor_id WHERE c.user_id = $1 ORDER BY c.at, c.id`,
        [userId],
      );
    return rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      actor: r.actor_id ? { id: r.actor_id, email: r.email!, displayName: r.display_name! } : null,
      changes: r.changes,
    }));
  }
}
