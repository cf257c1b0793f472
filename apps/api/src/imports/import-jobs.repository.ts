import { Inject, Injectable } from '@nestjs/common';
import { ERROR_CODES, IMPORT_MESSAGES, type ImportJobView, type ImportKind, type ImportRejection, type ImportState } from '@elderwork/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { TenantDb, type TenantTx } from '../database/tenant-db';

interface JobRow {
  id: string;
  kind: ImportKind;
  file_name: string;
  state: ImportState;
  queue_position: number | null;
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

/** The process that runs a job (decision 0017). */
export interface JobOwner {
  id: string;
  host: string;
  pid: number;
}

/** An unfinished job as the sweep and cancel see it: who owns it, whether its heartbeat is stale, its file. */
export interface OwnedJob {
  laoId: string;
  id: string;
  state: ImportState;
  ownerId: string | null;
  ownerHost: string | null;
  ownerPid: number | null;
  stale: boolean;
  filePath: string | null;
}

/** TypeORM answers an UPDATE with [rows, count]: the rows its RETURNING gave. */
async function returning<T>(query: Promise<unknown>): Promise<T[]> {
  const result = (await query) as [T[], number] | T[];
  return Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}

const UNFINISHED = `state IN ('queued', 'running', 'writing', 'cancelling')`;
export const INTERRUPTED = { code: ERROR_CODES.importInterrupted, message: IMPORT_MESSAGES.interrupted.th };

const view = (r: JobRow): ImportJobView => ({
  id: r.id,
  kind: r.kind,
  fileName: r.file_name,
  state: r.state,
  queuePosition: r.state === 'queued' ? r.queue_position : null,
  bytesTotal: Number(r.bytes_total),
  bytesDone: Number(r.bytes_done),
  rowsDone: r.rows_done,
  rowsRejected: r.rows_rejected,
  inserted: r.inserted,
  updated: r.updated,
  rejected: r.rejected,
  // The list holds whole rows only: fewer rows listed than rejected means it stopped early.
  rejectionsTruncated: new Set(r.rejected.map((e) => e.row)).size < r.rows_rejected,
  error: r.error,
  createdAt: r.created_at.toISOString(),
  finishedAt: r.finished_at?.toISOString() ?? null,
});

// An unfinished job whose heartbeat stopped reads as failed at once; the sweep then writes it so (and removes its file).
const SELECT = `SELECT id, kind, file_name, bytes_total, bytes_done, rows_done, rows_rejected, inserted, updated, rejected, created_at, finished_at, queue_position,
         CASE WHEN ${UNFINISHED} AND heartbeat_at < now() - make_interval(secs => $1) THEN 'failed' ELSE state END AS state,
         CASE WHEN ${UNFINISHED} AND heartbeat_at < now() - make_interval(secs => $1) THEN '${JSON.stringify(INTERRUPTED)}'::jsonb ELSE error END AS error
  FROM import_job`;

/** Import jobs' rows. Progress is written in short transactions of its own, so others see it while the import's transaction is open. */
@Injectable()
export class ImportJobsRepository {
  private readonly staleSeconds: number;

  constructor(
    private readonly db: TenantDb,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.staleSeconds = config.imports.staleMs / 1000;
  }

  create(laoId: string, job: { kind: ImportKind; fileName: string; bytesTotal: number; createdBy: string; filePath: string | null }, owner: JobOwner): Promise<string> {
    return this.db.run(laoId, async (tx) => {
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO import_job (lao_id, kind, file_name, bytes_total, created_by, file_path, owner_id, owner_host, owner_pid, heartbeat_at, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), 'queued') RETURNING id`,
        [laoId, job.kind, job.fileName.slice(0, 255), job.bytesTotal, job.createdBy, job.filePath?.slice(0, 1024) ?? null, owner.id, owner.host.slice(0, 255), owner.pid],
      );
      return row!.id;
    });
  }

  /** A queued job gets its slot: `running`, unless it was asked to stop meanwhile (then its state, `cancelling`). */
  begin(laoId: string, id: string): Promise<ImportState | null> {
    return this.db.run(laoId, async (tx) => {
      const [row] = await returning<{ state: ImportState }>(tx.query(
        `UPDATE import_job SET state = CASE WHEN state = 'queued' THEN 'running' ELSE state END, queue_position = NULL, heartbeat_at = now(), updated_at = now()
         WHERE id = $1 AND ${UNFINISHED} RETURNING state`,
        [id],
      ));
      return row?.state ?? null;
    });
  }

  /** Writes progress (and the heartbeat) and returns the state, which tells a running job that someone asked to cancel it. */
  progress(laoId: string, id: string, p: Progress, state?: 'writing'): Promise<ImportState> {
    return this.db.run(laoId, async (tx) => {
      const [row] = await returning<{ state: ImportState }>(tx.query(
        `UPDATE import_job SET bytes_done = $2, rows_done = $3, rows_rejected = $4, updated_at = now(), heartbeat_at = now(),
                state = CASE WHEN state = 'running' AND $5::text IS NOT NULL THEN $5 ELSE state END
         WHERE id = $1 RETURNING state`,
        [id, p.bytesDone, p.rowsDone, p.rowsRejected, state ?? null],
      ));
      return row!.state;
    });
  }

  /** The last word on a job: in the import's own transaction when it succeeds, alone when it did not. */
  finish(tx: TenantTx, id: string, o: Outcome): Promise<unknown> {
    return tx.query(
      `UPDATE import_job SET state = $2, bytes_done = $3, rows_done = $4, rows_rejected = $5, inserted = $6, updated = $7,
              rejected = $8, error = $9, queue_position = NULL, updated_at = now(), finished_at = now()
       WHERE id = $1`,
      [id, o.state, o.bytesDone, o.rowsDone, o.rowsRejected, o.inserted, o.updated, JSON.stringify(o.rejected), o.error ? JSON.stringify(o.error) : null],
    );
  }

  finishAlone(laoId: string, id: string, o: Outcome): Promise<unknown> {
    return this.db.run(laoId, (tx) => this.finish(tx, id, o));
  }

  get(laoId: string, id: string): Promise<ImportJobView | null> {
    return this.db.run(laoId, async (tx) => {
      const [row] = await tx.query<JobRow>(`${SELECT} WHERE id = $2`, [this.staleSeconds, id]);
      return row ? view(row) : null;
    });
  }

  list(laoId: string, limit: number): Promise<ImportJobView[]> {
    return this.db.run(laoId, async (tx) => (await tx.query<JobRow>(`${SELECT} ORDER BY created_at DESC LIMIT $2`, [this.staleSeconds, limit])).map(view));
  }

  /** The owner of an unfinished job of the LAO; null when it is finished or not the LAO's. */
  owned(laoId: string, id: string): Promise<OwnedJob | null> {
    return this.db.run(laoId, async (tx) => (await tx.query<OwnedJob>(`${OWNED} AND id = $2`, [this.staleSeconds, id]))[0] ?? null);
  }

  /** Marks a job that is still under way as to be cancelled; its owner rolls it back and records `cancelled`. */
  requestCancel(laoId: string, id: string): Promise<boolean> {
    return this.db.run(laoId, async (tx) => {
      const rows = await returning<{ id: string }>(tx.query(
        `UPDATE import_job SET state = 'cancelling', updated_at = now() WHERE id = $1 AND state IN ('queued', 'running', 'writing') RETURNING id`,
        [id],
      ));
      return rows.length > 0;
    });
  }

  /**
   * Ends a job nobody runs any more (its owner is gone): `failed` with the reason, or `cancelled`
   * when a user asked. Only if it is still the same owner's and unfinished; returns its file.
   */
  endOrphan(laoId: string, id: string, ownerId: string | null, state: 'failed' | 'cancelled'): Promise<{ filePath: string | null } | null> {
    return this.db.run(laoId, async (tx) => {
      const [row] = await returning<{ filePath: string | null }>(tx.query(
        `UPDATE import_job SET state = $3, error = $4, queue_position = NULL, updated_at = now(), finished_at = now()
         WHERE id = $1 AND owner_id IS NOT DISTINCT FROM $2 AND ${UNFINISHED} RETURNING file_path AS "filePath"`,
        [id, ownerId, state, state === 'failed' ? JSON.stringify(INTERRUPTED) : null],
      ));
      return row ?? null;
    });
  }

  /** One statement for all of a process's unfinished jobs, of every LAO: they are alive. Returns their states. */
  heartbeat(owner: JobOwner): Promise<{ id: string; state: ImportState }[]> {
    return this.db.runAsImportOwner(owner.id, (manager) =>
      returning<{ id: string; state: ImportState }>(manager.query(`UPDATE import_job SET heartbeat_at = now() WHERE owner_id = $1 AND ${UNFINISHED} RETURNING id, state`, [owner.id])),
    );
  }

  /** Each waiting job's place in its owner's queue (1 = next). */
  writeQueue(owner: JobOwner, ids: string[]): Promise<unknown> {
    return this.db.runAsImportOwner(owner.id, (manager) =>
      manager.query(
        `UPDATE import_job j SET queue_position = q.position
         FROM unnest($2::uuid[]) WITH ORDINALITY AS q(id, position)
         WHERE j.id = q.id AND j.owner_id = $1 AND j.state = 'queued'`,
        [owner.id, ids],
      ),
    );
  }

  /** Unfinished jobs of every LAO owned by other processes than `owner`: the sweep decides which are orphans. */
  othersUnfinished(owner: JobOwner): Promise<OwnedJob[]> {
    return this.db.runAsImportSweep((manager) => manager.query(`${OWNED} AND owner_id IS DISTINCT FROM $2`, [this.staleSeconds, owner.id]));
  }
}

const OWNED = `SELECT lao_id AS "laoId", id, state, owner_id AS "ownerId", owner_host AS "ownerHost", owner_pid AS "ownerPid", file_path AS "filePath",
         (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => $1)) AS stale
  FROM import_job WHERE ${UNFINISHED}`;
