import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

const common = {
  type: 'postgres',
  entities: ENTITIES,
  migrations: MIGRATIONS,
  // The schema is changed by migrations only; a test fails when entities and migrations disagree.
  synchronize: false,
  migrationsRun: false,
  migrationsTableName: 'schema_migration',
  // gen_random_uuid() is built into PostgreSQL 13+: no extension to install (the app role could not).
  uuidExtension: 'pgcrypto',
  installExtensions: false,
} as const;

/** Owner connection: runs migrations and seeds. Short-lived. */
export function ownerDataSource(url: string): DataSource {
  return new DataSource({ ...common, url, poolSize: 2 } satisfies DataSourceOptions);
}

export const DEFAULT_POOL_SIZE = 10;

/** Runtime connection as the RLS-bound app role. */
export function appDataSourceOptions(url: string, poolSize = DEFAULT_POOL_SIZE): DataSourceOptions {
  return { ...common, url, poolSize, extra: { application_name: 'elderwork-api' } };
}
