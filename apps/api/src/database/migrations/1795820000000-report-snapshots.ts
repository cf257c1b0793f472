import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Runs one statement over every LAO's rows: row-level security is forced on the owner too, so it is lifted for the statement. */
async function acrossLaos(runner: QueryRunner, tables: string[], sql: string): Promise<void> {
  for (const table of tables) await runner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
  await runner.query(sql);
  for (const table of tables) await runner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
}

/**
 * The submitted version of a yearly report is a stored snapshot (decision 0019): the figures are
 * computed once at submission and approval signs exactly those. Statuses and step actions are
 * checked in the database too (returned and withdrawn are new).
 */
export class ReportSnapshots1795820000000 implements MigrationInterface {
  name = 'ReportSnapshots1795820000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "yearly_report" ADD "submitted_figures" jsonb`);
    await runner.query(`ALTER TABLE "yearly_report" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await runner.query(
      `ALTER TABLE "yearly_report" ADD CONSTRAINT "ck_yearly_report_status" CHECK (status IN ('draft', 'submitted', 'approved', 'reopened', 'returned', 'withdrawn'))`,
    );
    await runner.query(`ALTER TABLE "report_step" ADD CONSTRAINT "ck_report_step_action" CHECK (action IN ('submit', 'approve', 'reopen', 'return', 'withdraw'))`);
    // A report submitted before this change has no snapshot to approve: it goes back to staff, who resubmit.
    await acrossLaos(runner, ['yearly_report'], `UPDATE "yearly_report" SET status = 'withdrawn', updated_at = now() WHERE status = 'submitted' AND submitted_figures IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await acrossLaos(runner, ['yearly_report'], `UPDATE "yearly_report" SET status = 'draft' WHERE status IN ('returned', 'withdrawn')`);
    await acrossLaos(runner, ['report_step'], `DELETE FROM "report_step" WHERE action IN ('return', 'withdraw')`);
    await runner.query(`ALTER TABLE "report_step" DROP CONSTRAINT "ck_report_step_action"`);
    await runner.query(`ALTER TABLE "yearly_report" DROP CONSTRAINT "ck_yearly_report_status"`);
    await runner.query(`ALTER TABLE "yearly_report" DROP COLUMN "submitted_at"`);
    await runner.query(`ALTER TABLE "yearly_report" DROP COLUMN "submitted_figures"`);
  }
}
