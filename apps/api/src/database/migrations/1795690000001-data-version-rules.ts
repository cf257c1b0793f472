import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByLao } from './tenant-isolation';

/** An LAO's data version is its own: written in its transactions only. */
export class DataVersionRules1795690000001 implements MigrationInterface {
  name = 'DataVersionRules1795690000001';

  async up(runner: QueryRunner): Promise<void> {
    await isolateByLao(runner, 'lao_data_version');
    await grantToApp(runner, 'lao_data_version', 'SELECT, INSERT, UPDATE');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP POLICY lao_isolation ON "lao_data_version"`);
    await runner.query(`ALTER TABLE "lao_data_version" NO FORCE ROW LEVEL SECURITY`);
    await runner.query(`ALTER TABLE "lao_data_version" DISABLE ROW LEVEL SECURITY`);
  }
}
