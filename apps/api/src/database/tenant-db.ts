import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * A transaction bound to one LAO. Repositories of tenant tables take one of these, so a query
 * cannot run without a tenant; PostgreSQL's row-level security does the filtering.
 */
export class TenantTx {
  constructor(
    readonly manager: EntityManager,
    readonly laoId: string,
  ) {}

  query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, params) as Promise<T[]>;
  }
}

@Injectable()
export class TenantDb {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction whose `app.lao_id` is set with is_local = true: it ends with the transaction, never leaks to the pooled connection. */
  run<T>(laoId: string, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.lao_id', $1, true)`, [laoId]);
      return work(new TenantTx(manager, laoId));
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
