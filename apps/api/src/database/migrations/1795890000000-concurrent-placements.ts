import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One elder's Section 35 placements may not overlap, whatever the employer, unless the LAO marks
 * the later one as a deliberate concurrent arrangement with a reason (issue 15, decision 0033).
 * The app role's table-wide grants on placement cover the new columns.
 */
export class ConcurrentPlacements1795890000000 implements MigrationInterface {
  name = 'ConcurrentPlacements1795890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placement" ADD "concurrent" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "placement" ADD "concurrent_reason" character varying(500)`);
    await queryRunner.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "ck_placement_concurrent_reason" CHECK (NOT concurrent OR concurrent_reason IS NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "ck_placement_concurrent_reason"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP COLUMN "concurrent_reason"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP COLUMN "concurrent"`);
  }
}
