import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stipend keeps the visit days and minutes of its month as they stood when it was marked paid
 * (issue 15, decision 0039): null until paid, and for stipends paid before. The app role's
 * table-wide grants on stipend (SELECT, INSERT, UPDATE) cover the new columns.
 */
export class StipendPaidVisits1795900000000 implements MigrationInterface {
  name = 'StipendPaidVisits1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stipend" ADD "paid_visit_days" smallint`);
    await queryRunner.query(`ALTER TABLE "stipend" ADD "paid_visit_minutes" integer`);
    await queryRunner.query(
      `ALTER TABLE "stipend" ADD CONSTRAINT "ck_stipend_paid_visits" CHECK (num_nulls(paid_visit_days, paid_visit_minutes) IN (0, 2) AND (paid_visit_days IS NULL OR (paid_on IS NOT NULL AND paid_visit_days BETWEEN 0 AND days_in_month AND paid_visit_minutes >= 0)))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stipend" DROP CONSTRAINT "ck_stipend_paid_visits"`);
    await queryRunner.query(`ALTER TABLE "stipend" DROP COLUMN "paid_visit_minutes"`);
    await queryRunner.query(`ALTER TABLE "stipend" DROP COLUMN "paid_visit_days"`);
  }
}
