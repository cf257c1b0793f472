import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ThrottleRule {
  /** Attempts before the first delay. */
  free: number;
  windowSeconds: number;
  delaySeconds: number;
}

/**
 * The failures of the key with this one. A leaky bucket: one failure is forgiven every window/free
 * seconds (3 minutes for an account at an address with the defaults, 18 s for an address), all
 * of them after a whole window without one, so an office's occasional typos never add up.
 */
const NEXT_FAILURES = `CASE WHEN t.last_failure_at < now() - make_interval(secs => $3) THEN 1
  ELSE GREATEST(0, t.failures - floor(extract(epoch FROM now() - t.last_failure_at) * $2 / $3)::int) + 1 END`;
/** Past the free attempts, a delay that doubles with each failure, at most the window. */
const delayAfter = (failures: string): string =>
  `CASE WHEN ${failures} >= $2 THEN now() + make_interval(secs => LEAST($3, $4 * power(2, LEAST(${failures} - $2, 30)))) END`;

/** login_throttle: one row per key, updated in one statement so concurrent processes count every attempt. */
@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Counts an attempt under the key, before its password is checked (so a burst of parallel guesses
   * is counted too), unless the key is blocked. A blocked key is left as it is: `counted` false.
   * (`last_failure_at = now()` tells the two apart: now() is this statement's transaction time.)
   */
  async count(key: string, rule: ThrottleRule, account: string | null = null): Promise<{ counted: boolean; blockedUntil: Date | null }> {
    const rows: { counted: boolean; blocked_until: Date | null }[] = await this.db.query(
      `INSERT INTO login_throttle AS t (key, account, failures, last_failure_at, blocked_until)
       VALUES ($1, $5, 1, now(), ${delayAfter('1')})
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.blocked_until > now() THEN t.failures ELSE ${NEXT_FAILURES} END,
         last_failure_at = CASE WHEN t.blocked_until > now() THEN t.last_failure_at ELSE now() END,
         blocked_until = CASE WHEN t.blocked_until > now() THEN t.blocked_until ELSE ${delayAfter(NEXT_FAILURES)} END
       RETURNING last_failure_at = now() AS counted, blocked_until`,
      [key, rule.free, rule.windowSeconds, rule.delaySeconds, account],
    );
    return { counted: rows[0]!.counted, blockedUntil: rows[0]!.blocked_until };
  }

  /** The attempt was right: the key starts afresh. */
  async clear(key: string): Promise<void> {
    await this.db.query(`DELETE FROM login_throttle WHERE key = $1`, [key]);
  }

  /** A manager's unlock or a password set through a link: the account's failures at every address are forgotten. */
  async clearAccount(account: string): Promise<void> {
    await this.db.query(`DELETE FROM login_throttle WHERE account = $1`, [account]);
  }

  /** The attempt was right: take it back (other failures under the key stay). */
  async refund(key: string): Promise<void> {
    await this.db.query(`UPDATE login_throttle SET failures = GREATEST(failures - 1, 0), blocked_until = NULL WHERE key = $1`, [key]);
  }

  /** Rows whose failures are forgotten and whose delay is over. */
  async deleteStale(windowSeconds: number): Promise<void> {
    await this.db.query(
      `DELETE FROM login_throttle WHERE last_failure_at < now() - make_interval(secs => $1) AND (blocked_until IS NULL OR blocked_until < now())`,
      [windowSeconds],
    );
  }
}
