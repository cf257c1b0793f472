import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role, SessionView } from '@elderwork/contracts';
import type { Db } from './users.repository';

/** What the guard compares a token with: the live session and its account, read in one query. */
export interface LiveSession {
  active: boolean;
  role: Role;
  orgUnitId: string;
  laoId: string | null;
  provinceCode: string | null;
}

/** Sessions are global like accounts; every query names the account it belongs to. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly db: DataSource) {}

  async create(userId: string, ttlSeconds: number, ip: string, userAgent: string | null): Promise<{ id: string; expiresAt: Date }> {
    const rows: { id: string; expires_at: Date }[] = await this.db.query(
      `INSERT INTO user_session (user_id, expires_at, ip, user_agent) VALUES ($1, now() + make_interval(secs => $2), $3, $4)
       RETURNING id, expires_at`,
      [userId, ttlSeconds, ip.slice(0, 64), userAgent?.slice(0, 300) ?? null],
    );
    return { id: rows[0]!.id, expiresAt: rows[0]!.expires_at };
  }

  /**
   * The session if it is open and unexpired, with its account's current state. last_seen_at is
   * moved at most once a minute, so a busy user does not write on every request.
   */
  async live(sessionId: string, userId: string): Promise<LiveSession | null> {
    const rows: { active: boolean; role: Role; org_unit_id: string; type: string; province_code: string | null }[] = await this.db.query(
      `WITH s AS (
         UPDATE user_session SET last_seen_at = now()
         WHERE id = $1 AND user_id = $2 AND ended_at IS NULL AND expires_at > now() AND last_seen_at < now() - interval '1 minute'
         RETURNING user_id)
       SELECT u.active, u.role, u.org_unit_id, o.type, o.province_code
       FROM user_session us JOIN app_user u ON u.id = us.user_id JOIN org_unit o ON o.id = u.org_unit_id
       WHERE us.id = $1 AND us.user_id = $2 AND us.ended_at IS NULL AND us.expires_at > now()`,
      [sessionId, userId],
    );
    const row = rows[0];
    if (!row) return null;
    return { active: row.active, role: row.role, orgUnitId: row.org_unit_id, laoId: row.type === 'lao' ? row.org_unit_id : null, provinceCode: row.province_code };
  }

  /**
   * Moves an open session's end to now + ttl, never past its login + max; null when the session
   * has ended or expired (renewal never revives a session).
   */
  async renew(userId: string, sessionId: string, ttlSeconds: number, maxSeconds: number): Promise<{ expiresAt: Date; maxExpiresAt: Date } | null> {
    const rows: { expires_at: Date; max_expires_at: Date }[] = await this.db.query(
      // A CTE, so the driver answers rows as for a SELECT.
      `WITH renewed AS (
         UPDATE user_session
         SET expires_at = greatest(expires_at, least(now() + make_interval(secs => $3), created_at + make_interval(secs => $4)))
         WHERE id = $1 AND user_id = $2 AND ended_at IS NULL AND expires_at > now()
         RETURNING expires_at, created_at + make_interval(secs => $4) AS max_expires_at)
       SELECT * FROM renewed`,
      [sessionId, userId, ttlSeconds, maxSeconds],
    );
    const row = rows[0];
    return row ? { expiresAt: row.expires_at, maxExpiresAt: row.max_expires_at } : null;
  }

  async listOpen(userId: string, currentId: string): Promise<SessionView[]> {
    const rows: { id: string; created_at: Date; last_seen_at: Date; expires_at: Date; ip: string | null; user_agent: string | null }[] = await this.db.query(
      `SELECT id, created_at, last_seen_at, expires_at, ip, user_agent FROM user_session
       WHERE user_id = $1 AND ended_at IS NULL AND expires_at > now() ORDER BY created_at DESC`,
      [userId],
    );
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at.toISOString(),
      lastSeenAt: r.last_seen_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
      ip: r.ip,
      userAgent: r.user_agent,
      current: r.id === currentId,
    }));
  }

  /** Ends one session of the account; false when it is not the account's or already ended. */
  async end(userId: string, sessionId: string, db: Db = this.db): Promise<boolean> {
    const rows: unknown = await db.query(
      `UPDATE user_session SET ended_at = now() WHERE id = $1 AND user_id = $2 AND ended_at IS NULL RETURNING id`,
      [sessionId, userId],
    );
    const list = Array.isArray(rows) && Array.isArray(rows[0]) ? (rows[0] as unknown[]) : (rows as unknown[]);
    return list.length > 0;
  }

  /** Ends every open session of the account (but `except`, the caller's own, when given). */
  async endAll(db: Db, userId: string, except: string | null = null): Promise<void> {
    await db.query(`UPDATE user_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL AND ($2::uuid IS NULL OR id <> $2)`, [userId, except]);
  }
}
