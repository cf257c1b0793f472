import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-urls';
import { grantToApp, isolateByLao } from './tenant-isolation';

/** LAO isolation in the database, and the least privileges the API's role needs. */
export class Isolation1795643741680 implements MigrationInterface {
  name = 'Isolation1795643741680';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await grantToApp(runner, 'org_unit', 'SELECT');
    await grantToApp(runner, 'app_user', 'SELECT, INSERT, UPDATE');
    // Records leave the registry by being marked removed; nothing is deleted.
    await grantToApp(runner, 'resident', 'SELECT, INSERT, UPDATE');
    await grantToApp(runner, 'audit_entry', 'SELECT, INSERT');
    await isolateByLao(runner, 'resident');
    await isolateByLao(runner, 'audit_entry');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['audit_entry', 'resident']) {
      await runner.query(`DROP POLICY lao_isolation ON "${table}"`);
      await runner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await runner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await runner.query(`REVOKE ALL ON org_unit, app_user, resident, audit_entry FROM ${APP_ROLE}`);
    await runner.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
  }
}
