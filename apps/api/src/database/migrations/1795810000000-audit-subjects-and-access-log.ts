import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByLao } from './tenant-isolation';

/**
 * Decision 0018: the audit also records changes of data that is not a resident's record (an employer's
 * contact person), named by `subject`/`subject_id`; reads of lists of personal data go to `access_log`
 * (who, which LAO, which list, which filters, how many rows), a tenant table like the others.
 */
export class AuditSubjectsAndAccessLog1795810000000 implements MigrationInterface {
  name = 'AuditSubjectsAndAccessLog1795810000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "audit_entry" ALTER COLUMN "resident_id" DROP NOT NULL`);
    await runner.query(`ALTER TABLE "audit_entry" ADD "subject" character varying(32)`);
    await runner.query(`ALTER TABLE "audit_entry" ADD "subject_id" uuid`);
    await runner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "ck_audit_entry_subject" CHECK ("resident_id" IS NOT NULL OR ("subject" IS NOT NULL AND "subject_id" IS NOT NULL))`);
    await runner.query(`CREATE INDEX "ix_audit_entry_subject" ON "audit_entry" ("lao_id", "subject", "subject_id", "at") `);

    await runner.query(`CREATE TABLE "access_log" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid NOT NULL, "list" character varying(100) NOT NULL, "filters" jsonb NOT NULL, "count" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_access_log" PRIMARY KEY ("lao_id", "id"))`);
    await runner.query(`CREATE INDEX "ix_access_log_at" ON "access_log" ("lao_id", "at") `);
    await runner.query(`ALTER TABLE "access_log" ADD CONSTRAINT "FK_access_log_lao" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "access_log" ADD CONSTRAINT "FK_access_log_actor" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await isolateByLao(runner, 'access_log');
    // Append-only for the app, like audit_entry.
    await grantToApp(runner, 'access_log', 'SELECT, INSERT');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "access_log"`);
    await runner.query(`DROP INDEX "public"."ix_audit_entry_subject"`);
    await runner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "ck_audit_entry_subject"`);
    await runner.query(`ALTER TABLE "audit_entry" DROP COLUMN "subject_id"`);
    await runner.query(`ALTER TABLE "audit_entry" DROP COLUMN "subject"`);
    await runner.query(`ALTER TABLE "audit_entry" ALTER COLUMN "resident_id" SET NOT NULL`);
  }
}
