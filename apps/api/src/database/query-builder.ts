import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { DB } from './schema.generated';

/**
 * The typed query builder (decision 0059): Kysely over the schema types that kysely-codegen
 * generates from the migrated database (`schema.generated.ts`, `npm run db:types`). It only
 * builds and compiles statements; they run on the transaction's own connection through
 * `TenantTx.rows` / `first` / `one`, so row-level security, the LAO setting and the data version
 * apply to them as to every other statement.
 */
export const sqlBuilder = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

export type SqlBuilder = typeof sqlBuilder;
