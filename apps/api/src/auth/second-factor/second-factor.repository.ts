import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Db } from '../../users/users.repository';

export interface StoredTotp {
  secretEnc: string;
  confirmed: boolean;
  lastStep: number | null;
}

export interface LiveChallenge {
  id: string;
  userId: string;
  purpose: 'enrol' | 'verify';
}

/** The authenticator, recovery codes and login challenges of an account; every query names the account or the token. */
@Injectable()
export class SecondFactorRepository {
  constructor(readonly db: DataSource) {}

  async totpOf(userId: string): Promise<StoredTotp | null> {
    const rows: { secret_enc: string; confirmed: boolean; last_step: string | null }[] = await this.db.query(
      `SELECT secret_enc, confirmed_at IS NOT NULL AS confirmed, last_step FROM user_totp WHERE user_id = $1`,
      [userId],
    );
    const row = rows[0];
    return row ? { secretEnc: row.secret_enc, confirmed: row.confirmed, lastStep: row.last_step === null ? null : Number(row.last_step) } : null;
  }

  /** The secret of an enrolment started no longer than `maxAgeSeconds` ago and not confirmed yet. */
  async pendingSecret(userId: string, maxAgeSeconds: number): Promise<string | null> {
    const rows: { secret_enc: string }[] = await this.db.query(
      `SELECT secret_enc FROM user_totp WHERE user_id = $1 AND confirmed_at IS NULL AND created_at > now() - make_interval(secs => $2)`,
      [userId, maxAgeSeconds],
    );
    return rows[0]?.secret_enc ?? null;
  }

  /** A new secret waiting for its first code; never replaces a confirmed one. */
  async startEnrolment(userId: string, secretEnc: string): Promise<void> {
    await this.db.query(
      `INSERT INTO user_totp (user_id, secret_enc) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret_enc = EXCLUDED.secret_enc, created_at = now(), last_step = NULL
       WHERE user_totp.confirmed_at IS NULL`,
      [userId, secretEnc],
    );
  }

  /** Records the step of an accepted code; false when that step (or a later one) was already used. */
  async useStep(db: Db, userId: string, step: number, confirm: boolean): Promise<boolean> {
    const rows: unknown = await db.query(
      `UPDATE user_totp SET last_step = $2, confirmed_at = CASE WHEN $3 THEN now() ELSE confirmed_at END
       WHERE user_id = $1 AND (last_step IS NULL OR last_step < $2) AND (confirmed_at IS NOT NULL) <> $3
       RETURNING user_id`,
      [userId, step, confirm],
    );
    return affected(rows) > 0;
  }

  /** The account's recovery codes from now on: the old ones (used or not) stop working. */
  async replaceRecoveryCodes(db: Db, userId: string, hashes: string[]): Promise<void> {
    await db.query(`DELETE FROM totp_recovery_code WHERE user_id = $1`, [userId]);
    await db.query(`INSERT INTO totp_recovery_code (user_id, code_hash) SELECT $1, unnest($2::text[])`, [userId, hashes]);
  }

  /** Marks one unused recovery code used; false when there is none with that hash. */
  async useRecoveryCode(db: Db, userId: string, hash: string): Promise<boolean> {
    const rows: unknown = await db.query(
      `UPDATE totp_recovery_code SET used_at = now()
       WHERE id = (SELECT id FROM totp_recovery_code WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL LIMIT 1 FOR UPDATE)
       RETURNING id`,
      [userId, hash],
    );
    return affected(rows) > 0;
  }

  async unusedRecoveryCodes(userId: string): Promise<number> {
    const rows: { n: string }[] = await this.db.query(`SELECT count(*) AS n FROM totp_recovery_code WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    return Number(rows[0]!.n);
  }

  async createChallenge(userId: string, purpose: LiveChallenge['purpose'], tokenHash: string, ttlSeconds: number): Promise<Date> {
    const rows: { expires_at: Date }[] = await this.db.query(
      `INSERT INTO login_challenge (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4)) RETURNING expires_at`,
      [userId, purpose, tokenHash, ttlSeconds],
    );
    return rows[0]!.expires_at;
  }

  /** Counts one try of an open, unexpired challenge with tries left; null otherwise. */
  async tryChallenge(tokenHash: string, maxAttempts: number): Promise<LiveChallenge | null> {
    const rows: unknown = await this.db.query(
      `UPDATE login_challenge SET attempts = attempts + 1
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() AND attempts < $2
       RETURNING id, user_id, purpose`,
      [tokenHash, maxAttempts],
    );
    const row = returned<{ id: string; user_id: string; purpose: LiveChallenge['purpose'] }>(rows)[0];
    return row ? { id: row.id, userId: row.user_id, purpose: row.purpose } : null;
  }

  /** Ends the challenge; false when another request used it first. */
  async finishChallenge(db: Db, id: string): Promise<boolean> {
    const rows: unknown = await db.query(`UPDATE login_challenge SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id`, [id]);
    return affected(rows) > 0;
  }

  /** Forgets the account's authenticator, recovery codes and open challenges; false when it had no authenticator. */
  async forget(db: Db, userId: string): Promise<boolean> {
    const rows: unknown = await db.query(`DELETE FROM user_totp WHERE user_id = $1 RETURNING user_id`, [userId]);
    await db.query(`DELETE FROM totp_recovery_code WHERE user_id = $1`, [userId]);
    await db.query(`UPDATE login_challenge SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    return affected(rows) > 0;
  }

  /** Challenges a day past their expiry are of no use to anyone. */
  async deleteOldChallenges(): Promise<void> {
    await this.db.query(`DELETE FROM login_challenge WHERE expires_at < now() - interval '1 day'`);
  }
}

// TypeORM's query answers an UPDATE … RETURNING with [rows, count], an INSERT … RETURNING with rows.
function returned<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

const affected = (result: unknown): number => returned(result).length;
