import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-urls';
import { grantToApp } from './tenant-isolation';

/**
 * Care visits can be corrected or deleted until their month's stipend is paid (issue 15, decision
 * 0060): a version for optimistic edits, who changed it last and when; the app role may now
 * update and delete visits (row-level security still limits it to its LAO's rows).
 */
export class CareVisitCorrections1795930000000 implements MigrationInterface {
  name = 'CareVisitCorrections1795930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "care_visit" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "care_visit" ADD "updated_by" uuid`);
    await queryRunner.query(`ALTER TABLE "care_visit" ADD "updated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "care_visit" ADD CONSTRAINT "FK_care_visit_updated_by" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await grantToApp(queryRunner, 'care_visit', 'UPDATE, DELETE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE UPDATE, DELETE ON "care_visit" FROM ${APP_ROLE}`);
    await queryRunner.query(`ALTER TABLE "care_visit" DROP CONSTRAINT "FK_care_visit_updated_by"`);
    await queryRunner.query(`ALTER TABLE "care_visit" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "care_visit" DROP COLUMN "updated_by"`);
    await queryRunner.query(`ALTER TABLE "care_visit" DROP COLUMN "version"`);
  }
}
