import type { QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-urls';

/**
 * Row-level security of a tenant table: enabled and forced (the owner is bound too), one policy
 * that shows and accepts only rows of the LAO set for the current transaction. With no LAO set,
 * current_setting(..., true) is NULL and no row matches.
 */
export async function isolateByLao(runner: QueryRunner, table: string): Promise<void> {
  await runner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await runner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  await runner.query(
    `CREATE POLICY lao_isolation ON "${table}"
       USING (lao_id = NULLIF(current_setting('app.lao_id', true), '')::uuid)
       WITH CHECK (lao_id = NULLIF(current_setting('app.lao_id', true), '')::uuid)`,
  );
}

export async function grantToApp(runner: QueryRunner, table: string, privileges: string): Promise<void> {
  await runner.query(`GRANT ${privileges} ON "${table}" TO ${APP_ROLE}`);
}
