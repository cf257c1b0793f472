import { MigrationInterface, QueryRunner } from "typeorm";

export class Registry1795643741679 implements MigrationInterface {
    name = 'Registry1795643741679'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "org_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(16) NOT NULL, "code" character varying(16) NOT NULL, "name" character varying(200) NOT NULL, "lao_type" character varying(32), "province_code" character varying(2), "district" character varying(100), CONSTRAINT "PK_ba1c59043dc14bb66023c1d07c7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_org_unit_province" ON "org_unit" ("province_code") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_org_unit_type_code" ON "org_unit" ("type", "code") `);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(100) NOT NULL, "password_hash" character varying(200) NOT NULL, "role" character varying(32) NOT NULL, "org_unit_id" uuid NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_app_user_org_unit" ON "app_user" ("org_unit_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user" ("email") `);
        await queryRunner.query(`CREATE TABLE "resident" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "national_id" character varying(13) NOT NULL, "prefix" character varying(30) NOT NULL, "first_name" character varying(100) NOT NULL, "last_name" character varying(100) NOT NULL, "sex" character varying(6) NOT NULL, "birth_date" date NOT NULL, "house_no" character varying(20), "moo" smallint, "village" character varying(100), "phone" character varying(20), "disability_type" character varying(16), "disability_card_issued_on" date, "living_alone" boolean NOT NULL DEFAULT false, "legal_basis" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT '1', "removed_at" TIMESTAMP WITH TIME ZONE, "removal_reason" character varying(16), "removal_note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6dc7f9c1340cd3629a5d9ee90ce" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_resident_national_id" ON "resident" ("lao_id", "national_id") WHERE removed_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "audit_entry" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "resident_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "changes" jsonb, "note" character varying(500), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_10213c65bfa5137189939ebf466" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_audit_entry_resident" ON "audit_entry" ("lao_id", "resident_id", "at") `);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_90433b02ee8b208cb2ea924d947" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "resident" ADD CONSTRAINT "FK_7fb3e040dc3ff4d62d80e546b4d" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "FK_77630e5f7a643ca4f7d6734b8a3" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "FK_edadb93943bb72c4a861588c4a4" FOREIGN KEY ("lao_id", "resident_id") REFERENCES "resident"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "FK_97535621724623160ea04275668" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "FK_97535621724623160ea04275668"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "FK_edadb93943bb72c4a861588c4a4"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "FK_77630e5f7a643ca4f7d6734b8a3"`);
        await queryRunner.query(`ALTER TABLE "resident" DROP CONSTRAINT "FK_7fb3e040dc3ff4d62d80e546b4d"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_90433b02ee8b208cb2ea924d947"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_entry_resident"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
        await queryRunner.query(`DROP INDEX "public"."uq_resident_national_id"`);
        await queryRunner.query(`DROP TABLE "resident"`);
        await queryRunner.query(`DROP INDEX "public"."uq_app_user_email"`);
        await queryRunner.query(`DROP INDEX "public"."ix_app_user_org_unit"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP INDEX "public"."uq_org_unit_type_code"`);
        await queryRunner.query(`DROP INDEX "public"."ix_org_unit_province"`);
        await queryRunner.query(`DROP TABLE "org_unit"`);
    }

}
