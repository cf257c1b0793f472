import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two uses of import_job that are for no one LAO (decision 0017), each switched on for one
 * transaction by a setting, as `app.lao_id` is:
 * - `app.import_owner` = a process's owner id: that process's own unfinished jobs, of every LAO,
 *   to read and update (its heartbeat and its queue's positions, one statement each);
 * - `app.import_sweep` = 'on': unfinished jobs of every LAO, read only, to find those whose owner
 *   is gone (each is then ended in a transaction of its own LAO).
 * Finished jobs, and every other use, stay behind lao_isolation.
 */
export class ImportOwnersRules1795800000001 implements MigrationInterface {
  name = 'ImportOwnersRules1795800000001';

  async up(runner: QueryRunner): Promise<void> {
    const unfinished = `state IN ('queued', 'running', 'writing', 'cancelling')`;
    const mine = `owner_id = NULLIF(current_setting('app.import_owner', true), '')::uuid`;
    await runner.query(`CREATE POLICY import_owner_read ON "import_job" FOR SELECT USING (${mine} AND ${unfinished})`);
    await runner.query(`CREATE POLICY import_owner_update ON "import_job" FOR UPDATE USING (${mine} AND ${unfinished}) WITH CHECK (${mine})`);
    await runner.query(`CREATE POLICY import_sweep ON "import_job" FOR SELECT USING (current_setting('app.import_sweep', true) = 'on' AND ${unfinished})`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const policy of ['import_owner_read', 'import_owner_update', 'import_sweep']) {
      await runner.query(`DROP POLICY ${policy} ON "import_job"`);
    }
  }
}
