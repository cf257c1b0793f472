import type { Client } from 'pg';
import type { Role } from '@elderwork/contracts';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { hashPassword } from '../../src/auth/passwords';

/** What a test (or the bench) needs of an account: its own factory, not the demo seed's. */
export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  orgUnitId: string;
  password: string;
}

/**
 * An account, inserted as the database owner (app_user is not a tenant table): the fixtures'
 * way in before anyone can log in to make accounts over HTTP. Returns its id.
 */
export async function insertUser(owner: Client, user: NewUser): Promise<string> {
  const { rows } = await owner.query<{ id: string }>(
    `INSERT INTO app_user (email, display_name, password_hash, role, org_unit_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [user.email, user.displayName, await hashPassword(user.password), user.role, user.orgUnitId],
  );
  const [row] = rows;
  if (!row) throw new Error(`account ${user.email} not inserted`);
  return row.id;
}

let registrationSeq = 0;
/**
 * A valid 13-digit juristic registration number (the national ID's check digit), different on each
 * call within a run; `prefix` (four digits) keeps the numbers of one spec apart from another's.
 */
export function registrationNumber(prefix = '0105'): string {
  const stem = `${prefix}${String(Date.now() % 1e6).padStart(6, '0')}${String(registrationSeq++ % 100).padStart(2, '0')}`;
  return stem + String(nationalIdCheckDigit(stem));
}
