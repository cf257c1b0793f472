import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByLao } from './tenant-isolation';

/**
 * Reports are tenant tables like any other. approved_figure — aggregates only, no person —
 * may also be read across LAOs inside a statistics scope ('nation', or 'province:NN') set per
 * transaction by TenantDb.readStatistics: a second, SELECT-only policy. Person-level tables
 * have no such policy, so a statistics transaction sees none of their rows.
 */
export class ReportsRules1795670000001 implements MigrationInterface {
  name = 'ReportsRules1795670000001';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of ['yearly_report', 'report_step', 'approved_figure']) await isolateByLao(runner, table);
    await grantToApp(runner, 'yearly_report', 'SELECT, INSERT, UPDATE');
    await grantToApp(runner, 'report_step', 'SELECT, INSERT');
    await grantToApp(runner, 'approved_figure', 'SELECT, INSERT, DELETE');
    await runner.query(
      `CREATE POLICY statistics_read ON approved_figure FOR SELECT
         USING (current_setting('app.statistics_scope', true) = 'nation'
                OR current_setting('app.statistics_scope', true) = 'province:' || province_code)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP POLICY statistics_read ON approved_figure`);
    for (const table of ['approved_figure', 'report_step', 'yearly_report']) {
      await runner.query(`DROP POLICY lao_isolation ON "${table}"`);
      await runner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await runner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}
