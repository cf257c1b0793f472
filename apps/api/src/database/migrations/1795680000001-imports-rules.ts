import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByLao } from './tenant-isolation';

/** Import jobs are tenant rows: an LAO sees its own imports only. They are never deleted by the app. */
export class ImportsRules1795680000001 implements MigrationInterface {
  name = 'ImportsRules1795680000001';

  async up(runner: QueryRunner): Promise<void> {
    await isolateByLao(runner, 'import_job');
    await grantToApp(runner, 'import_job', 'SELECT, INSERT, UPDATE');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP POLICY lao_isolation ON "import_job"`);
    await runner.query(`ALTER TABLE "import_job" NO FORCE ROW LEVEL SECURITY`);
    await runner.query(`ALTER TABLE "import_job" DISABLE ROW LEVEL SECURITY`);
  }
}
