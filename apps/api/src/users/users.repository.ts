import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role, UserView } from '@elderwork/contracts';
import { ORG_UNIT_COLUMNS, PROVINCE_JOIN, toOrgUnitView, type OrgUnitRow } from '../org-units/org-unit-view';

interface UserRow extends OrgUnitRow {
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  active: boolean;
  password_hash: string;
}

export interface AccountStatus {
  active: boolean;
  role: Role;
  orgUnitId: string;
}

export interface UserWithSecret {
  view: UserView;
  passwordHash: string;
}

const SELECT_USER = `
  SELECT u.id AS user_id, u.email, u.display_name, u.role, u.active, u.password_hash, ${ORG_UNIT_COLUMNS}
  FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id ${PROVINCE_JOIN}`;

function toUser(row: UserRow): UserWithSecret {
  return {
    view: {
      id: row.user_id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      active: row.active,
      orgUnit: toOrgUnitView(row),
    },
    passwordHash: row.password_hash,
  };
}

/** Accounts are global (not RLS-bound); every query that is not a login is scoped by org unit here. */
@Injectable()
export class UsersRepository {
  constructor(private readonly db: DataSource) {}

  async findByEmail(email: string): Promise<UserWithSecret | null> {
    const rows: UserRow[] = await this.db.query(`${SELECT_USER} WHERE u.email = $1`, [email]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async status(id: string): Promise<AccountStatus | null> {
    const rows: { active: boolean; role: Role; org_unit_id: string }[] = await this.db.query(
      `SELECT active, role, org_unit_id FROM app_user WHERE id = $1`,
      [id],
    );
    return rows[0] ? { active: rows[0].active, role: rows[0].role, orgUnitId: rows[0].org_unit_id } : null;
  }

  async findInOrgUnit(orgUnitId: string, id: string): Promise<UserView | null> {
    const rows: UserRow[] = await this.db.query(`${SELECT_USER} WHERE u.id = $1 AND u.org_unit_id = $2`, [id, orgUnitId]);
    return rows[0] ? toUser(rows[0]).view : null;
  }

  async listInOrgUnit(orgUnitId: string): Promise<UserView[]> {
    const rows: UserRow[] = await this.db.query(`${SELECT_USER} WHERE u.org_unit_id = $1 ORDER BY u.display_name, u.email`, [orgUnitId]);
    return rows.map((row) => toUser(row).view);
  }

  /** Returns the new id, or null when the email is taken. */
  async insert(user: { email: string; displayName: string; passwordHash: string; role: Role; orgUnitId: string }): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO app_user (email, display_name, password_hash, role, org_unit_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [user.email, user.displayName, user.passwordHash, user.role, user.orgUnitId],
    );
    return rows[0]?.id ?? null;
  }

  async update(
    orgUnitId: string,
    id: string,
    change: { displayName?: string; passwordHash?: string; role?: Role; active?: boolean },
  ): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `UPDATE app_user SET display_name = COALESCE($3, display_name), password_hash = COALESCE($4, password_hash),
              role = COALESCE($5, role), active = COALESCE($6, active)
       WHERE id = $1 AND org_unit_id = $2 RETURNING id`,
      [id, orgUnitId, change.displayName ?? null, change.passwordHash ?? null, change.role ?? null, change.active ?? null],
    );
    // pg returns [rows, count] for UPDATE through TypeORM's query(): normalise.
    return Array.isArray(rows[0]) ? (rows[0] as unknown[]).length > 0 : rows.length > 0;
  }
}
