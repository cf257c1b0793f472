import { Injectable } from '@nestjs/common';
import type { ElderRef } from '@elderwork/contracts';
import type { TenantTx } from '../database/tenant-db';

/** How other records name an elder. */
export const ELDER_NAME_SQL = (r: string): string => `${r}.prefix || ${r}.first_name || ' ' || ${r}.last_name`;

/** Looks up the elders a request refers to, in one query. */
@Injectable()
export class EldersRepository {
  /** Elders of the LAO among `ids` (current ones only unless `includeRemoved`), by id. */
  async find(tx: TenantTx, ids: readonly string[], includeRemoved = false): Promise<Map<string, ElderRef & { removed: boolean }>> {
    if (ids.length === 0) return new Map();
    const rows = await tx.query<{ id: string; name: string; removed: boolean }>(
      `SELECT r.id, ${ELDER_NAME_SQL('r')} AS name, r.removed_at IS NOT NULL AS removed FROM resident r
       WHERE r.id = ANY($1::uuid[]) AND ($2 OR r.removed_at IS NULL)`,
      [ids, includeRemoved],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Current elders by national ID (the import's key). */
  async byNationalId(tx: TenantTx, nationalIds: readonly string[]): Promise<Map<string, string>> {
    if (nationalIds.length === 0) return new Map();
    const rows = await tx.query<{ id: string; national_id: string }>(
      `SELECT id, national_id FROM resident WHERE national_id = ANY($1::text[]) AND removed_at IS NULL`,
      [nationalIds],
    );
    return new Map(rows.map((r) => [r.national_id, r.id]));
  }
}
