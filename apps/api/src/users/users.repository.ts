import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AccountChangeAction, AccountChangeView, Role, UserView } from '@elderwork/contracts';
import { ORG_UNIT_COLUMNS, PROVINCE_JOIN, toOrgUnitView, type OrgUnitRow } from '../org-units/org-unit-view';
import type { AccountLinkPurpose } from './account-link.entity';
import type { ManageScope, TargetOrgUnit } from './account-scope';

interface UserRow extends OrgUnitRow {
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  active: boolean;
}

/**
 * An account with what a password check needs: the stored hash's settings and salt (null: no
 * password yet). The hash itself never leaves the database (decision 0027).
 */
export interface UserWithPassword {
  view: UserView;
  passwordSettings: string | null;
}

/** A connection or a transaction: both run SQL. */
export type Db = Pick<EntityManager, 'query'>;

const USER_COLUMNS = `u.id AS user_id, u.email, u.display_name, u.role, u.active, ${ORG_UNIT_COLUMNS}`;
const USER_FROM = `FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id ${PROVINCE_JOIN}`;
const SELECT_USER = `SELECT ${USER_COLUMNS} ${USER_FROM}`;
const SELECT_USER_WITH_PASSWORD = `SELECT ${USER_COLUMNS}, elderwork_password_settings(u.id) AS password_settings ${USER_FROM}`;

/** At most this many accounts in one list (the DLA's scope holds thousands; filter by org unit). */
export const USER_LIST_LIMIT = 500;

function toView(row: UserRow): UserView {
  return { id: row.user_id, email: row.email, displayName: row.display_name, role: row.role, active: row.active, orgUnit: toOrgUnitView(row) };
}

function toUserWithPassword(row: UserRow & { password_settings: string | null }): UserWithPassword {
  return { view: toView(row), passwordSettings: row.password_settings };
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

/**
 * Accounts are global (not RLS-bound); every query that is not a login is scoped here. Hashes,
 * roles and org units are written only through the elderwork_* functions (decision 0027): the
 * app role can neither read password_hash nor update role or org_unit_id.
 */
@Injectable()
export class UsersRepository {
  constructor(readonly db: DataSource) {}

  async findByEmail(email: string, db: Db = this.db): Promise<UserWithPassword | null> {
    const rows: (UserRow & { password_settings: string | null })[] = await db.query(`${SELECT_USER_WITH_PASSWORD} WHERE u.email = $1`, [email]);
    return rows[0] ? toUserWithPassword(rows[0]) : null;
  }

  async findById(id: string, db: Db = this.db): Promise<UserWithPassword | null> {
    const rows: (UserRow & { password_settings: string | null })[] = await db.query(`${SELECT_USER_WITH_PASSWORD} WHERE u.id = $1`, [id]);
    return rows[0] ? toUserWithPassword(rows[0]) : null;
  }

  /**
   * Whether the candidate (the typed password hashed under the account's settings) is the stored
   * hash. The database counts wrong checks per account and refuses past a cap, whoever calls.
   * A null account is checked too (always false), so an unknown address costs the same round trip.
   */
  async passwordMatches(userId: string | null, candidate: string | null): Promise<boolean> {
    const rows: { ok: boolean }[] = await this.db.query(`SELECT elderwork_password_matches($1, $2) AS ok`, [userId, candidate]);
    return rows[0]?.ok === true;
  }

  /** The owner's change: false when the current password's candidate does not match. Voids open links, writes `password`. */
  async changePassword(db: Db, userId: string, currentCandidate: string | null, newHash: string): Promise<boolean> {
    const rows: { ok: boolean }[] = await db.query(`SELECT elderwork_change_password($1, $2, $3) AS ok`, [userId, currentCandidate, newHash]);
    return rows[0]?.ok === true;
  }

  /** Sets the password of the open link's (active) account and uses the link; null when there is no such link. */
  async setPasswordByLink(db: Db, tokenHash: string, purpose: AccountLinkPurpose, newHash: string): Promise<string | null> {
    const rows: { user_id: string | null }[] = await db.query(`SELECT elderwork_set_password_by_link($1, $2, $3) AS user_id`, [tokenHash, purpose, newHash]);
    return rows[0]?.user_id ?? null;
  }

  async findInOrgUnit(orgUnitId: string, id: string): Promise<UserView | null> {
    const rows: UserRow[] = await this.db.query(`${SELECT_USER} WHERE u.id = $1 AND u.org_unit_id = $2`, [id, orgUnitId]);
    return rows[0] ? toView(rows[0]) : null;
  }

  async findInScope(scope: ManageScope, id: string, db: Db = this.db): Promise<UserView | null> {
    const where = scopeWhere(scope, 2);
    const rows: UserRow[] = await db.query(`${SELECT_USER} WHERE u.id = $1 AND ${where.sql}`, [id, ...where.params]);
    return rows[0] ? toView(rows[0]) : null;
  }

  async listInScope(scope: ManageScope, orgUnitCode: string | undefined): Promise<UserView[]> {
    const where = scopeWhere(scope, 2);
    const rows: UserRow[] = await this.db.query(
      `${SELECT_USER} WHERE ${where.sql} AND ($1::text IS NULL OR o.code = $1) ORDER BY o.code, u.display_name, u.email LIMIT ${USER_LIST_LIMIT}`,
      [orgUnitCode ?? null, ...where.params],
    );
    return rows.map(toView);
  }

  async orgUnitByCode(type: TargetOrgUnit['type'], code: string, db: Db = this.db): Promise<TargetOrgUnit | null> {
    const rows: { id: string; type: TargetOrgUnit['type']; province_code: string | null }[] = await db.query(
      `SELECT id, type, province_code FROM org_unit WHERE type = $1 AND code = $2`,
      [type, code],
    );
    return rows[0] ? { id: rows[0].id, type: rows[0].type, provinceCode: rows[0].province_code } : null;
  }

  /** LAOs by their 7-digit DLA codes (the users import). */
  async laosByCode(codes: string[], db: Db = this.db): Promise<Map<string, TargetOrgUnit>> {
    const rows: { id: string; code: string; province_code: string | null }[] = await db.query(
      `SELECT id, code, province_code FROM org_unit WHERE type = 'lao' AND code = ANY($1::text[])`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, { id: r.id, type: 'lao' as const, provinceCode: r.province_code }]));
  }

  /** Whether any DLA officer exists (the bootstrap admin is made only when none does). */
  /** Held to the end of the transaction: one process at a time creates the first DLA officer. */
  async lockBootstrap(db: Db): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('elderwork:bootstrap-admin'))`);
  }

  async anyDlaOfficer(db: Db): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM app_user WHERE role = 'dla_officer' LIMIT 1`);
    return rows.length > 0;
  }

  /**
   * A new account without a password, made by the actor (null: the system's first DLA officer).
   * The database re-checks the actor's scope and writes the `create` history. Returns the new id,
   * or null when the email is taken (by any account, anywhere).
   */
  async insert(db: Db, actorId: string | null, user: { email: string; displayName: string; role: Role; orgUnitId: string }): Promise<string | null> {
    const rows: { id: string | null }[] = await db.query(`SELECT elderwork_create_account($1, $2, $3, $4, $5) AS id`, [
      actorId,
      user.email,
      user.displayName,
      user.role,
      user.orgUnitId,
    ]);
    return rows[0]?.id ?? null;
  }

  async update(db: Db, id: string, change: { displayName?: string; active?: boolean }): Promise<boolean> {
    const result: unknown = await db.query(
      `UPDATE app_user SET display_name = COALESCE($2, display_name), active = COALESCE($3, active) WHERE id = $1`,
      [id, change.displayName ?? null, change.active ?? null],
    );
    return affected(result) > 0;
  }

  /** The database refuses one's own role and anything outside the actor's scope, and writes the `role` history. */
  async setRole(db: Db, id: string, role: Role, actorId: string): Promise<void> {
    await db.query(`SELECT elderwork_set_role($1, $2, $3)`, [id, role, actorId]);
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
