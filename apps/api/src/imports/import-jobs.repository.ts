import { Injectable } from '@nestjs/common';
import type { ImportJobView, ImportKind, ImportRejection, ImportState } from '@elderwork/contracts';
import { TenantDb, type TenantTx } from '../database/tenant-db';

interface JobRow {
  id: string;
  kind: ImportKind;
  file_name: string;
  state: ImportState;
  bytes_total: string;
  bytes_done: string;
  rows_done: number;
  rows_rejected: number;
  inserted: number;
  updated: number;
  rejected: ImportRejection[];
  error: { code: string; message: string } | null;
  created_at: Date;
  finished_at: Date | null;
}

export interface Progress {
  bytesDone: number;
  rowsDone: number;
  rowsRejected: number;
}

export interface Outcome extends Progress {
  state: Extract<ImportState, 'done' | 'failed' | 'cancelled'>;
  inserted: number;
  updated: number;
  rejected: ImportRejection[];
  error: { code: string; message: string } | null;
}

/** A server that stopped reporting for this long has died with its job, which then reads as failed. */
const STALE = `interval '2 minutes'`;
const INTERRUPTED = { code: 'IMPORT_INTERRUPTED', message: 'การนำเข้าหยุดกลางคันเพราะเซิร์ฟเวอร์หยุดทำงาน ไม่มีการบันทึกข้อมูลใด ๆ กรุณานำเข้าใหม่' };

const view = (r: JobRow): ImportJobView => ({
  id: r.id,
  kind: r.kind,
  fileName: r.file_name,
  state: r.state,
  bytesTotal: Number(r.bytes_total),
  bytesDone: Number(r.bytes_done),
  rowsDone: r.rows_done,
  rowsRejected: r.rows_rejected,
  inserted: r.inserted,
  updated: r.updated,
  rejected: r.rejected,
  error: r.error,
  createdAt: r.created_at.toISOString(),
  finishedAt: r.finished_at?.toISOString() ?? null,
});

// A running job whose heartbeat stopped is reported as failed (and nothing of it was committed).
const SELECT = `SELECT id, kind, file_name, bytes_total, bytes_done, rows_done, rows_rejected, inserted, updated, rejected, created_at, finished_at,
         CASE WHEN state IN ('running', 'writing', 'cancelling') AND updated_at < now() - ${STALE} THEN 'failed' ELSE state END AS state,
         CASE WHEN state IN ('running', 'writing', 'cancelling') AND updated_at < now() - ${STALE} THEN '${JSON.stringify(INTERRUPTED)}'::jsonb ELSE error END AS error
  FROM import_job`;

/** Import jobs' rows. Progress is written in short transactions of its own, so others see it while the import's transaction is open. */
@Injectable()
export class ImportJobsRepository {
  constructor(private readonly db: TenantDb) {}

  create(laoId: string, job: { kind: ImportKind; fileName: string; bytesTotal: number; createdBy: string }): Promise<string> {
    return this.db.run(laoId, async (tx) => {
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO import_job (lao_id, kind, file_name, bytes_total, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [laoId, job.kind, job.fileName.slice(0, 255), job.bytesTotal, job.createdBy],
      );
      return row!.id;
    });
  }

  /** Writes progress and returns the state, which tells a running job that someone asked to cancel it. */
  progress(laoId: string, id: string, p: Progress, state?: 'writing'): Promise<ImportState> {
    return this.db.run(laoId, async (tx) => {
      const [row] = await tx.query<{ state: ImportState }>(
        `UPDATE import_job SET bytes_done = $2, rows_done = $3, rows_rejected = $4, updated_at = now(),
                state = CASE WHEN state = 'running' AND $5::text IS NOT NULL THEN $5 ELSE state END
         WHERE id = $1 RETURNING state`,
        [id, p.bytesDone, p.rowsDone, p.rowsRejected, state ?? null],
      );
      return row!.state;
    });
  }

  /** The last word on a job: in the import's own transaction when it succeeds, alone when it did not. */
  finish(tx: TenantTx, id: string, o: Outcome): Promise<unknown> {
    return tx.query(
      `UPDATE import_job SET state = $2, bytes_done = $3, rows_done = $4, rows_rejected = $5, inserted = $6, updated = $7,
              rejected = $8, error = $9, updated_at = now(), finished_at = now()
       WHERE id = $1`,
      [id, o.state, o.bytesDone, o.rowsDone, o.rowsRejected, o.inserted, o.updated, JSON.stringify(o.rejected), o.error ? JSON.stringify(o.error) : null],
    );
  }

  finishAlone(laoId: string, id: string, o: Outcome): Promise<unknown> {
    return this.db.run(laoId, (tx) => this.finish(tx, id, o));
  }

  get(laoId: string, id: string): Promise<ImportJobView | null> {
    return this.db.run(laoId, async (tx) => {
      const [row] = await tx.query<JobRow>(`${SELECT} WHERE id = $1`, [id]);
      return row ? view(row) : null;
    });
  }

  list(laoId: string, limit: number): Promise<ImportJobView[]> {
    return this.db.run(laoId, async (tx) => (await tx.query<JobRow>(`${SELECT} ORDER BY created_at DESC LIMIT $1`, [limit])).map(view));
  }

  /** Marks a job that is still running as to be cancelled; the job itself rolls back and records `cancelled`. */
  requestCancel(laoId: string, id: string): Promise<boolean> {
    return this.db.run(laoId, async (tx) => {
      const rows = await tx.query<{ id: string }>(
        `UPDATE import_job SET state = 'cancelling', updated_at = now()
         WHERE id = $1 AND state IN ('running', 'writing') AND updated_at >= now() - ${STALE} RETURNING id`,
        [id],
      );
      return rows.length > 0;
    });
  }
}
