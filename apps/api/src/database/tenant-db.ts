import { Injectable } from '@nestjs/common';
import type { Compilable, InferResult } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound, type DomainError } from '../common/domain-errors';

/**
 * A transaction bound to one LAO. Repositories of tenant tables take one of these, so a query
 * cannot run without a tenant; PostgreSQL's row-level security does the filtering.
 */
export class TenantTx {
  constructor(
    readonly manager: EntityManager,
    readonly laoId: string,
  ) {}

  /** Appends to a log no computed value depends on (access_log): written last, and never moves the data version. */
  readonly logWrites: { sql: string; params: unknown[] }[] = [];

  query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, params) as Promise<T[]>;
  }

  /** The rows of a typed statement (`sqlBuilder`), run on this transaction. */
  async rows<Q extends Compilable<unknown>>(statement: Q): Promise<InferResult<Q>> {
    const { sql, parameters } = statement.compile();
    return (await this.manager.query(sql, [...parameters])) as InferResult<Q>;
  }

  /** The first row of a typed statement, or null. */
  async first<Q extends Compilable<unknown>>(statement: Q): Promise<InferResult<Q>[number] | null> {
    const [row] = (await this.rows(statement)) as InferResult<Q>[number][];
    return row ?? null;
  }

  /** The first row of a typed statement; none is the domain's 404 (or the error given). */
  async one<Q extends Compilable<unknown>>(statement: Q, error: () => DomainError = () => notFound()): Promise<InferResult<Q>[number]> {
    const row = await this.first(statement);
    if (row === null) throw error();
    return row;
  }

  /** Queued: run at the end of the transaction, after the data version is settled (a read stays a read). */
  unversioned(sql: string, params: unknown[]): Promise<void> {
    this.logWrites.push({ sql, params });
    return Promise.resolve();
  }
}

/** Statements that may write; a read-only CTE matches too, and the bump then checks the transaction really wrote. */
const MAY_WRITE = /^\s*(INSERT|UPDATE|DELETE|WITH|MERGE)\b/i;

/** The LAO's data version as text ('0' before its first write), for reads that key kept values on it (decision 0015). */
export const LAO_DATA_VERSION_SQL = `coalesce((SELECT version FROM lao_data_version), 0)::text`;

/** Moves the LAO's data version if, and only if, this transaction has written anything. */
const BUMP_DATA_VERSION = `
  INSERT INTO lao_data_version (lao_id) SELECT $1 WHERE pg_current_xact_id_if_assigned() IS NOT NULL
  ON CONFLICT (lao_id) DO UPDATE SET version = lao_data_version.version + 1`;

/** Watches every statement of the transaction's query runner (raw queries and query builders alike). */
function watchForWrites(manager: EntityManager): () => boolean {
  const runner = manager.queryRunner!;
  const query = runner.query.bind(runner);
  let seen = false;
  runner.query = ((sql: string, ...rest: unknown[]) => {
    if (!seen && MAY_WRITE.test(sql)) seen = true;
    return (query as (...args: unknown[]) => unknown)(sql, ...rest);
  }) as typeof runner.query;
  return () => seen;
}

@Injectable()
export class TenantDb {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in one transaction whose `app.lao_id` is set with is_local = true: it ends with the
   * transaction, never leaks to the pooled connection. A transaction that wrote moves the LAO's
   * data version, in the same transaction (what is computed from the LAO's data keys on it).
   */
  run<T>(laoId: string, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.lao_id', $1, true)`, [laoId]);
      const mayHaveWritten = watchForWrites(manager);
      const tx = new TenantTx(manager, laoId);
      const result = await work(tx);
      if (mayHaveWritten()) await manager.query(BUMP_DATA_VERSION, [laoId]);
      for (const write of tx.logWrites) await manager.query(write.sql, write.params);
      return result;
    });
  }

  /**
   * Runs `work` read-only at REPEATABLE READ: every statement sees the one snapshot of the database
   * taken at the transaction's first statement, so figures computed by several statements agree
   * with each other whatever is committed meanwhile (decision 0019). Read-only: it cannot write,
   * so it moves no data version and never fails on a concurrent update.
   */
  runAtSnapshot<T>(laoId: string, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query(`SET TRANSACTION READ ONLY`);
      await manager.query(`SELECT set_config('app.lao_id', $1, true)`, [laoId]);
      return work(new TenantTx(manager, laoId));
    });
  }

  /**
   * Runs `work` with no LAO set and `app.import_owner` = `ownerId`: row-level security then shows
   * that process's own unfinished imports of every LAO, and nothing else (decision 0017).
   */
  runAsImportOwner<T>(ownerId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.import_owner', $1, true)`, [ownerId]);
      return work(manager);
    });
  }

  /** Runs `work` with no LAO set and `app.import_sweep` on: unfinished imports of every LAO, read only (decision 0017). */
  runAsImportSweep<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.import_sweep', 'on', true)`);
      return work(manager);
    });
  }

  /**
   * Runs `work` with no LAO set and a statistics scope instead: row-level security then shows
   * the approved aggregates of the scope (a province, or the nation) and no person-level row.
   */
  readStatistics<T>(scope: StatisticsScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.statistics_scope', $1, true)`, [scope === 'nation' ? 'nation' : `province:${scope.province}`]);
      return work(manager);
    });
  }
}

export type StatisticsScope = 'nation' | { province: string };
