import { MigrationInterface, QueryRunner } from "typeorm";

export class Caregivers1795650000000 implements MigrationInterface {
    name = 'Caregivers1795650000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "adl_assessment" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "resident_id" uuid NOT NULL, "assessed_on" date NOT NULL, "feeding" smallint, "bathing" smallint, "grooming" smallint, "dressing" smallint, "bowels" smallint, "bladder" smallint, "toilet_use" smallint, "transfers" smallint, "mobility" smallint, "stairs" smallint, "total" smallint NOT NULL, "note" character varying(500), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_897f6c88a238f95324834a23708" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_adl_assessment_resident" ON "adl_assessment" ("lao_id", "resident_id", "assessed_on") `);
        await queryRunner.query(`CREATE TABLE "caregiver" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "resident_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date, "training_hours" smallint NOT NULL, "certified_on" date, "extra_course_hours" smallint NOT NULL DEFAULT '0', "care_manager" character varying(100) NOT NULL, "monthly_stipend" numeric(10,2), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f20f005a3bc4a70e119ce233670" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_caregiver_resident" ON "caregiver" ("lao_id", "resident_id") `);
        await queryRunner.query(`CREATE TABLE "care_assignment" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "caregiver_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date, "end_reason" character varying(500), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d36a945aae3568cbee7964baec" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_care_assignment_recipient" ON "care_assignment" ("lao_id", "recipient_id") `);
        await queryRunner.query(`CREATE INDEX "ix_care_assignment_caregiver" ON "care_assignment" ("lao_id", "caregiver_id") `);
        await queryRunner.query(`CREATE TABLE "care_visit" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "caregiver_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "visited_on" date NOT NULL, "minutes" smallint NOT NULL, "activities" character varying(24) array NOT NULL, "note" character varying(500), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b6377d7ee53d80e78abacbe96b9" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_care_visit_assignment" ON "care_visit" ("lao_id", "assignment_id") `);
        await queryRunner.query(`CREATE INDEX "ix_care_visit_recipient" ON "care_visit" ("lao_id", "recipient_id", "visited_on") `);
        await queryRunner.query(`CREATE INDEX "ix_care_visit_caregiver" ON "care_visit" ("lao_id", "caregiver_id", "visited_on") `);
        await queryRunner.query(`CREATE TABLE "stipend" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "caregiver_id" uuid NOT NULL, "month" date NOT NULL, "monthly_stipend" numeric(10,2) NOT NULL, "days_active" smallint NOT NULL, "days_in_month" smallint NOT NULL, "amount" numeric(10,2) NOT NULL, "paid_on" date, "paid_by" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e61b5ffa50c0bfe268ba0dbe4f" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_stipend_caregiver_month" ON "stipend" ("lao_id", "caregiver_id", "month") `);
        await queryRunner.query(`ALTER TABLE "adl_assessment" ADD CONSTRAINT "FK_f5edc4807ee5c93ae5f153990e2" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "adl_assessment" ADD CONSTRAINT "FK_6413656b4a5d7cff4d88d9eeecb" FOREIGN KEY ("lao_id", "resident_id") REFERENCES "resident"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "adl_assessment" ADD CONSTRAINT "FK_b06db09ca44da90dbfeae6557eb" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "caregiver" ADD CONSTRAINT "FK_832b27160954c5d3a331d73e155" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "caregiver" ADD CONSTRAINT "FK_14b643452e64257f27d33caeab8" FOREIGN KEY ("lao_id", "resident_id") REFERENCES "resident"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "care_assignment" ADD CONSTRAINT "FK_50be89c89022491b54134050bc6" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "care_assignment" ADD CONSTRAINT "FK_fd5fa11dcc0f74f406b0572ecce" FOREIGN KEY ("lao_id", "caregiver_id") REFERENCES "caregiver"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "care_assignment" ADD CONSTRAINT "FK_777d4c6f7467b7497da40131bf8" FOREIGN KEY ("lao_id", "recipient_id") REFERENCES "resident"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "care_assignment" ADD CONSTRAINT "FK_d915d50094544f24856b5858376" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "care_visit" ADD CONSTRAINT "FK_81ae7d35a739feba8e1192ff0de" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "care_visit" ADD CONSTRAINT "FK_6097d2d2bebd5363f0495b55e8c" FOREIGN KEY ("lao_id", "assignment_id") REFERENCES "care_assignment"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "care_visit" ADD CONSTRAINT "FK_76eea83cd006a0be6bbfe0a9def" FOREIGN KEY ("lao_id", "caregiver_id") REFERENCES "caregiver"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "care_visit" ADD CONSTRAINT "FK_95ee8675d7e3528a9f154c1dac6" FOREIGN KEY ("lao_id", "recipient_id") REFERENCES "resident"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "care_visit" ADD CONSTRAINT "FK_5e21f103cdf3ecf6c347282028c" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "stipend" ADD CONSTRAINT "FK_81290631fcefa6694145483711e" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "stipend" ADD CONSTRAINT "FK_4b94b3988d54af400f599e8cda8" FOREIGN KEY ("lao_id", "caregiver_id") REFERENCES "caregiver"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "stipend" ADD CONSTRAINT "FK_f659dfdc3d798e8786c57c9f4a2" FOREIGN KEY ("paid_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "stipend" ADD CONSTRAINT "FK_82bd60476d39c4fa291d96cfc10" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "stipend" DROP CONSTRAINT "FK_82bd60476d39c4fa291d96cfc10"`);
        await queryRunner.query(`ALTER TABLE "stipend" DROP CONSTRAINT "FK_f659dfdc3d798e8786c57c9f4a2"`);
        await queryRunner.query(`ALTER TABLE "stipend" DROP CONSTRAINT "FK_4b94b3988d54af400f599e8cda8"`);
        await queryRunner.query(`ALTER TABLE "stipend" DROP CONSTRAINT "FK_81290631fcefa6694145483711e"`);
        await queryRunner.query(`ALTER TABLE "care_visit" DROP CONSTRAINT "FK_5e21f103cdf3ecf6c347282028c"`);
        await queryRunner.query(`ALTER TABLE "care_visit" DROP CONSTRAINT "FK_95ee8675d7e3528a9f154c1dac6"`);
        await queryRunner.query(`ALTER TABLE "care_visit" DROP CONSTRAINT "FK_76eea83cd006a0be6bbfe0a9def"`);
        await queryRunner.query(`ALTER TABLE "care_visit" DROP CONSTRAINT "FK_6097d2d2bebd5363f0495b55e8c"`);
        await queryRunner.query(`ALTER TABLE "care_visit" DROP CONSTRAINT "FK_81ae7d35a739feba8e1192ff0de"`);
        await queryRunner.query(`ALTER TABLE "care_assignment" DROP CONSTRAINT "FK_d915d50094544f24856b5858376"`);
        await queryRunner.query(`ALTER TABLE "care_assignment" DROP CONSTRAINT "FK_777d4c6f7467b7497da40131bf8"`);
        await queryRunner.query(`ALTER TABLE "care_assignment" DROP CONSTRAINT "FK_fd5fa11dcc0f74f406b0572ecce"`);
        await queryRunner.query(`ALTER TABLE "care_assignment" DROP CONSTRAINT "FK_50be89c89022491b54134050bc6"`);
        await queryRunner.query(`ALTER TABLE "caregiver" DROP CONSTRAINT "FK_14b643452e64257f27d33caeab8"`);
        await queryRunner.query(`ALTER TABLE "caregiver" DROP CONSTRAINT "FK_832b27160954c5d3a331d73e155"`);
        await queryRunner.query(`ALTER TABLE "adl_assessment" DROP CONSTRAINT "FK_b06db09ca44da90dbfeae6557eb"`);
        await queryRunner.query(`ALTER TABLE "adl_assessment" DROP CONSTRAINT "FK_6413656b4a5d7cff4d88d9eeecb"`);
        await queryRunner.query(`ALTER TABLE "adl_assessment" DROP CONSTRAINT "FK_f5edc4807ee5c93ae5f153990e2"`);
        await queryRunner.query(`DROP INDEX "public"."uq_stipend_caregiver_month"`);
        await queryRunner.query(`DROP TABLE "stipend"`);
        await queryRunner.query(`DROP INDEX "public"."ix_care_visit_caregiver"`);
        await queryRunner.query(`DROP INDEX "public"."ix_care_visit_recipient"`);
        await queryRunner.query(`DROP INDEX "public"."ix_care_visit_assignment"`);
        await queryRunner.query(`DROP TABLE "care_visit"`);
        await queryRunner.query(`DROP INDEX "public"."ix_care_assignment_caregiver"`);
        await queryRunner.query(`DROP INDEX "public"."ix_care_assignment_recipient"`);
        await queryRunner.query(`DROP TABLE "care_assignment"`);
        await queryRunner.query(`DROP INDEX "public"."ix_caregiver_resident"`);
        await queryRunner.query(`DROP TABLE "caregiver"`);
        await queryRunner.query(`DROP INDEX "public"."ix_adl_assessment_resident"`);
        await queryRunner.query(`DROP TABLE "adl_assessment"`);
    }

}
