import { Injectable, Logger } from '@nestjs/common';
import type { TenantTx } from '../database/tenant-db';

export interface AccessWrite {
  actorId: string;
  /** METHOD path of the list, e.g. "GET /api/residents". */
  list: string;
  /** The filters as the request gave them (search text, page, year…); ids, never personal data. */
  filters: object;
  /** Rows of personal data the answer carried. */
  count: number;
}

/**
 * Reads of lists of personal data (decision 0018): who, which LAO, which list, filters, how many.
 * A row in access_log (tenant table, append-only) in the read's own transaction, and a log line.
 */
@Injectable()
export class AccessLogRepository {
  private readonly logger = new Logger('Access');

  async record(tx: TenantTx, entry: AccessWrite): Promise<void> {
    const filters = Object.fromEntries(Object.entries(entry.filters).filter(([, v]) => v !== undefined));
    await tx.unversioned(
      `INSERT INTO access_log (lao_id, actor_id, list, filters, count) VALUES ($1, $2, $3, $4, $5)`,
      [tx.laoId, entry.actorId, entry.list, JSON.stringify(filters), entry.count],
    );
    this.logger.log(`${entry.list} by ${entry.actorId} in ${tx.laoId}: ${entry.count} rows, filters ${JSON.stringify(filters)}`);
  }
}
