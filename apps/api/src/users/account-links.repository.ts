import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AccountLinkPurpose } from './account-link.entity';
import type { Db } from './users.repository';

/** Links are global like accounts; every query names the token's hash or the account. */
@Injectable()
export class AccountLinksRepository {
  constructor(private readonly db: DataSource) {}

  /** A new link of the account; every older open link of the account is voided in the same step. */
  async insert(db: Db, userId: string, purpose: AccountLinkPurpose, tokenHash: string, hours: number): Promise<void> {
    await this.voidOpen(db, userId);
    await db.query(
      `INSERT INTO account_link (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
      [userId, purpose, tokenHash, hours],
    );
  }

  /** The open, unexpired link of this hash and purpose, locked for the transaction that uses it. */
  async findOpen(db: Db, tokenHash: string, purpose: AccountLinkPurpose): Promise<{ id: string; userId: string } | null> {
    const rows: { id: string; user_id: string }[] = await db.query(
      `SELECT id, user_id FROM account_link
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() FOR UPDATE`,
      [tokenHash, purpose],
    );
    return rows[0] ? { id: rows[0].id, userId: rows[0].user_id } : null;
  }

  /** Marks every open link of the account used (the one just used among them). */
  async voidOpen(db: Db, userId: string): Promise<void> {
    await db.query(`UPDATE account_link SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  /** Links the account received in the last hour: forgot sends no more than a few. */
  async countRecent(userId: string): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM account_link WHERE user_id = $1 AND created_at > now() - interval '1 hour'`,
      [userId],
    );
    return rows[0]?.n ?? 0;
  }
}
