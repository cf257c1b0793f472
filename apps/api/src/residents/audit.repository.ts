import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditEntryView } from '@elderwork/contracts';
import type { TenantTx } from '../database/tenant-db';

export interface AuditWrite {
  residentId: string;
  actorId: string;
  action: AuditAction;
  changes?: Record<string, [unknown, unknown]> | null;
  note?: string | null;
}

export interface SubjectAuditWrite {
  /** What changed that is not a resident's record, e.g. 'employer' (its contact person). */
  subject: string;
  subjectId: string;
  actorId: string;
  action: AuditAction;
  changes?: Record<string, [unknown, unknown]> | null;
  note?: string | null;
}

/** The append-only audit trail of person records. */
@Injectable()
export class AuditRepository {
  /** One entry per resident the act touched (attendance, a month of income, a product's makers…), in one statement. */
  async recordMany(tx: TenantTx, residentIds: readonly string[], entry: Omit<AuditWrite, 'residentId'>): Promise<void> {
    if (residentIds.length === 0) return;
    await tx.query(
      `INSERT INTO audit_entry (lao_id, resident_id, actor_id, action, changes, note)
       SELECT $1, r, $3, $4, $5, $6 FROM unnest($2::uuid[]) AS r`,
      [tx.laoId, [...new Set(residentIds)], entry.actorId, entry.action, entry.changes ? JSON.stringify(entry.changes) : null, entry.note ?? null],
    );
  }

  async recordSubject(tx: TenantTx, entry: SubjectAuditWrite): Promise<void> {
    await tx.query(
      `INSERT INTO audit_entry (lao_id, subject, subject_id, actor_id, action, changes, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tx.laoId, entry.subject, entry.subjectId, entry.actorId, entry.action, entry.changes ? JSON.stringify(entry.changes) : null, entry.note ?? null],
    );
  }

  async record(tx: TenantTx, entry: AuditWrite): Promise<void> {
    await tx.query(
      `INSERT INTO audit_entry (lao_id, resident_id, actor_id, action, changes, note) VALUES ($1, $2, $3, $4, $5, $6)`,
      [tx.laoId, entry.residentId, entry.actorId, entry.action, entry.changes ? JSON.stringify(entry.changes) : null, entry.note ?? null],
    );
  }

  async listForResident(tx: TenantTx, residentId: string): Promise<AuditEntryView[]> {
    const rows = await tx.query<{
      id: string; at: Date; action: AuditAction; changes: AuditEntryView['changes']; note: string | null;
      actor_id: string; email: string; display_name: string;
    }>(
      // A record created by an import is audited by its import job (who, when, which file).
      `SELECT a.id, a.at, a.action, a.changes, a.note, u.id AS actor_id, u.email, u.display_name
       FROM audit_entry a JOIN app_user u ON u.id = a.actor_id
       WHERE a.resident_id = $1
       UNION ALL
       SELECT j.id, coalesce(j.finished_at, j.created_at), 'import', NULL, 'import: ' || j.file_name, u.id, u.email, u.display_name
       FROM resident r JOIN import_job j ON j.id = r.import_id JOIN app_user u ON u.id = j.created_by
       WHERE r.id = $1
       ORDER BY at DESC, id`,
      [residentId],
    );
    return rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      changes: r.changes,
      note: r.note,
      actor: { id: r.actor_id, email: r.email, displayName: r.display_name },
    }));
  }
}

/** Field → [before, after] for the fields a change really alters (given ones only). */
export function changesOf(before: object, change: object): Record<string, [unknown, unknown]> | null {
  const was = before as Record<string, unknown>;
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, after] of Object.entries(change)) {
    if (after === undefined) continue;
    const previous = was[field] ?? null;
    if (JSON.stringify(previous) !== JSON.stringify(after ?? null)) changes[field] = [previous, after ?? null];
  }
  return Object.keys(changes).length ? changes : null;
}
