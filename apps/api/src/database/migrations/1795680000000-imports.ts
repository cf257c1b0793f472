/** Generated from ImportJobEntity (import_job) and ResidentEntity (import_id, the list's index). */
import { MigrationInterface, QueryRunner } from "typeorm";

export class Imports1795680000000 implements MigrationInterface {
    name = 'Imports1795680000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "import_job" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "file_name" character varying(255) NOT NULL, "state" character varying(16) NOT NULL DEFAULT 'running', "bytes_total" bigint NOT NULL DEFAULT '0', "bytes_done" bigint NOT NULL DEFAULT '0', "rows_done" integer NOT NULL DEFAULT '0', "rows_rejected" integer NOT NULL DEFAULT '0', "inserted" integer NOT NULL DEFAULT '0', "updated" integer NOT NULL DEFAULT '0', "rejected" jsonb NOT NULL DEFAULT '[]', "error" jsonb, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_import_job_state" CHECK (state IN ('running', 'writing', 'cancelling', 'done', 'failed', 'cancelled')), CONSTRAINT "PK_2b9ab0c239c75ab2a0eaa38d9f6" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`ALTER TABLE "resident" ADD "import_id" uuid`);
        await queryRunner.query(`CREATE INDEX "ix_resident_list" ON "resident" ("lao_id", "first_name", "last_name", "id") WHERE removed_at IS NULL`);
        await queryRunner.query(`ALTER TABLE "import_job" ADD CONSTRAINT "FK_4470308ce2047c35ef1be1f9db6" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "import_job" ADD CONSTRAINT "FK_f68b41d55d92185faa590685c58" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "FK_f68b41d55d92185faa590685c58"`);
        await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "FK_4470308ce2047c35ef1be1f9db6"`);
        await queryRunner.query(`DROP TABLE "import_job"`);
        await queryRunner.query(`DROP INDEX "public"."ix_resident_list"`);
        await queryRunner.query(`ALTER TABLE "resident" DROP COLUMN "import_id"`);
    }

}
