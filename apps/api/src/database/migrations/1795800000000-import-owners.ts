/** Generated from ImportJobEntity: the owner of a job and its heartbeat, its temporary file, and the state `queued` (decision 0017). */
import { MigrationInterface, QueryRunner } from "typeorm";

export class ImportOwners1795800000000 implements MigrationInterface {
    name = 'ImportOwners1795800000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "import_job" ADD "owner_id" uuid`);
        await queryRunner.query(`ALTER TABLE "import_job" ADD "owner_host" character varying(255)`);
        await queryRunner.query(`ALTER TABLE "import_job" ADD "owner_pid" integer`);
        await queryRunner.query(`ALTER TABLE "import_job" ADD "heartbeat_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "import_job" ADD "queue_position" integer`);
        await queryRunner.query(`ALTER TABLE "import_job" ADD "file_path" character varying(1024)`);
        await queryRunner.query(`ALTER TABLE "import_job" ALTER COLUMN "state" SET DEFAULT 'queued'`);
        await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "ck_import_job_state"`);
        await queryRunner.query(`ALTER TABLE "import_job" ADD CONSTRAINT "ck_import_job_state" CHECK (state IN ('queued', 'running', 'writing', 'cancelling', 'done', 'failed', 'cancelled'))`);
        // Jobs of before: their heartbeat is their last progress report.
        await queryRunner.query(`UPDATE "import_job" SET "heartbeat_at" = "updated_at" WHERE "state" IN ('running', 'writing', 'cancelling')`);
        await queryRunner.query(`CREATE INDEX "ix_import_job_unfinished" ON "import_job" ("heartbeat_at") WHERE state IN ('queued', 'running', 'writing', 'cancelling')`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_import_job_unfinished"`);
        await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "ck_import_job_state"`);
        await queryRunner.query(`UPDATE "import_job" SET "state" = 'failed' WHERE "state" = 'queued'`);
        await queryRunner.query(`ALTER TABLE "import_job" ADD CONSTRAINT "ck_import_job_state" CHECK (state IN ('running', 'writing', 'cancelling', 'done', 'failed', 'cancelled'))`);
        await queryRunner.query(`ALTER TABLE "import_job" ALTER COLUMN "state" SET DEFAULT 'running'`);
        await queryRunner.query(`ALTER TABLE "import_job" DROP COLUMN "file_path"`);
        await queryRunner.query(`ALTER TABLE "import_job" DROP COLUMN "queue_position"`);
        await queryRunner.query(`ALTER TABLE "import_job" DROP COLUMN "heartbeat_at"`);
        await queryRunner.query(`ALTER TABLE "import_job" DROP COLUMN "owner_pid"`);
        await queryRunner.query(`ALTER TABLE "import_job" DROP COLUMN "owner_host"`);
        await queryRunner.query(`ALTER TABLE "import_job" DROP COLUMN "owner_id"`);
    }

}
