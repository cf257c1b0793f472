import { MigrationInterface, QueryRunner } from "typeorm";

export class Occupations1795660000000 implements MigrationInterface {
    name = 'Occupations1795660000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "course" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(24) NOT NULL, "title" character varying(200) NOT NULL, "description" character varying(2000), "subjects" character varying(32) array NOT NULL, "job_fields" character varying(32) array NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "weekdays" smallint array NOT NULL, "start_time" TIME NOT NULL, "hours_per_session" numeric(4,2) NOT NULL, "partner_organisations" character varying(200) array NOT NULL, "place" character varying(200), "completion_threshold" numeric(3,2) NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ecb2df09c5d0cf9c482273fad69" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_course_dates" ON "course" ("lao_id", "start_date") `);
        await queryRunner.query(`CREATE TABLE "course_enrolment" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "follow_up" character varying(16), "follow_up_note" character varying(500), "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2d5c9f874c6042e4c20037ddea" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_course_enrolment_resident" ON "course_enrolment" ("lao_id", "resident_id") `);
        await queryRunner.query(`CREATE TABLE "course_session" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "date" date NOT NULL, "start_time" TIME NOT NULL, "hours" numeric(4,2) NOT NULL, "cancelled" boolean NOT NULL DEFAULT false, "note" character varying(500), CONSTRAINT "PK_12fc0c6bf09ba19f7d0c0493c33" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_course_session_course" ON "course_session" ("lao_id", "course_id", "date") `);
        await queryRunner.query(`CREATE TABLE "course_attendance" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, CONSTRAINT "PK_708b9552082bc8f87d6f0d80230" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_course_attendance_enrolment" ON "course_attendance" ("lao_id", "enrolment_id") `);
        await queryRunner.query(`CREATE TABLE "job" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "field" character varying(24) NOT NULL, "organisation" character varying(200) NOT NULL, "place" character varying(200), "weekdays" smallint array NOT NULL, "start_time" TIME NOT NULL, "end_time" TIME NOT NULL, "physical_demand" character varying(16) NOT NULL, "slots" smallint NOT NULL, "shareable" boolean NOT NULL DEFAULT false, "description" character varying(2000), "open" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_401499630f1cece6eafa1bc62f8" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE TABLE "job_placement" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date, "note" character varying(500), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57f2daa159e27a75476d5783014" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_job_placement_resident" ON "job_placement" ("lao_id", "resident_id") `);
        await queryRunner.query(`CREATE INDEX "ix_job_placement_job" ON "job_placement" ("lao_id", "job_id") `);
        await queryRunner.query(`CREATE TABLE "product" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "category" character varying(24) NOT NULL, "unit" character varying(50), "price" numeric(12,2), "description" character varying(2000), "course_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_faff76efcb21975d38cca88a30e" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE TABLE "income_record" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "resident_id" uuid NOT NULL, "month" date NOT NULL, "amount" numeric(12,2) NOT NULL, "source" character varying(16) NOT NULL, "product_id" uuid, "channel" character varying(16) NOT NULL, "job_placement_id" uuid, "note" character varying(500), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aff8920840723fca99a1d8aa8c8" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_income_record_job_placement" ON "income_record" ("lao_id", "job_placement_id") `);
        await queryRunner.query(`CREATE INDEX "ix_income_record_product" ON "income_record" ("lao_id", "product_id") `);
        await queryRunner.query(`CREATE INDEX "ix_income_record_month" ON "income_record" ("lao_id", "month") `);
        await queryRunner.query(`CREATE TABLE "product_maker" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "resident_id" uuid NOT NULL, CONSTRAINT "PK_6e7984139e4ed29ea0554d8ab30" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_product_maker_resident" ON "product_maker" ("lao_id", "resident_id") `);
        await queryRunner.query(`CREATE TABLE "wisdom_registration" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "resident_id" uuid NOT NULL, "branch" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "description" character varying(2000), "years_of_experience" smallint, "willing_to_teach" boolean NOT NULL DEFAULT false, "registered_on" date NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2de5f4f7b21ef4a8ecf57724261" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_wisdom_registration_branch" ON "wisdom_registration" ("lao_id", "branch") `);
        await queryRunner.query(`CREATE INDEX "ix_wisdom_registration_resident" ON "wisdom_registration" ("lao_id", "resident_id") `);
        await queryRunner.query(`ALTER TABLE "course" ADD CONSTRAINT "FK_d1a638fd9c7b77df7392283d9af" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "course_enrolment" ADD CONSTRAINT "FK_c604c7a2ec81539ba65632c6b7c" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "course_enrolment" ADD CONSTRAINT "FK_6b0df07c6f0e77727965f9196a3" FOREIGN KEY ("lao_id", "course_id") REFERENCES "course"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "course_enrolment" ADD CONSTRAINT "FK_fb00804bddfd1956442d4dba354" FOREIGN KEY ("lao_id", "resident_id") REFERENCES "resident"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "course_session" ADD CONSTRAINT "FK_82e652e83ac165903761bab611b" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "course_session" ADD CONSTRAINT "FK_64878538f5ddf4fc08d3e7a2f0b" FOREIGN KEY ("lao_id", "course_id") REFERENCES "course"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "course_attendance" ADD CONSTRAINT "FK_a9102ed3c7850e3b6558cb0281a" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "course_attendance" ADD CONSTRAINT "FK_4b9517ac8bb450f68e27c1e1c49" FOREIGN KEY ("lao_id", "session_id") REFERENCES "course_session"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "course_attendance" ADD CONSTRAINT "FK_1565edb0da09f76e4441aeff98e" FOREIGN KEY ("lao_id", "enrolment_id") REFERENCES "course_enrolment"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "job" ADD CONSTRAINT "FK_d66f25b3b73d8f5c8ba168a89b6" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "job_placement" ADD CONSTRAINT "FK_ad21d5544cb242d4da7d1b61369" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "job_placement" ADD CONSTRAINT "FK_6d493e780340e7771aa598b1fac" FOREIGN KEY ("lao_id", "job_id") REFERENCES "job"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "job_placement" ADD CONSTRAINT "FK_585ed1807b623dbb9c2620b933b" FOREIGN KEY ("lao_id", "resident_id") REFERENCES "resident"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "job_placement" ADD CONSTRAINT "FK_b0139ada3e226801f655ff2be28" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "product" ADD CONSTRAINT "FK_fa4bd5e38661c6a61e0dbda98ba" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "product" ADD CONSTRAINT "FK_3cd300215a90f20ed58c394ad48" FOREIGN KEY ("lao_id", "course_id") REFERENCES "course"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "income_record" ADD CONSTRAINT "FK_39dc6cff7a6bf5a6c9de33ed47a" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "income_record" ADD CONSTRAINT "FK_0b36d8193ce66da58766da81d3b" FOREIGN KEY ("lao_id", "resident_id") REFERENCES "resident"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "income_record" ADD CONSTRAINT "FK_b73a82e08226628b8e9c36f7ba5" FOREIGN KEY ("lao_id", "product_id") REFERENCES "product"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "income_record" ADD CONSTRAINT "FK_e51e0f42fd5d1a875e97deb671f" FOREIGN KEY ("lao_id", "job_placement_id") REFERENCES "job_placement"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "income_record" ADD CONSTRAINT "FK_e58319d0647ed02b7d4e323d761" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "product_maker" ADD CONSTRAINT "FK_6aaa06075c8e90e3426910462e8" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "product_maker" ADD CONSTRAINT "FK_f01b2698344c92d426b4db40616" FOREIGN KEY ("lao_id", "product_id") REFERENCES "product"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "product_maker" ADD CONSTRAINT "FK_15952f775e7e137133eb533e6d7" FOREIGN KEY ("lao_id", "resident_id") REFERENCES "resident"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "wisdom_registration" ADD CONSTRAINT "FK_94ae299b3faf5a460860a9dd402" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "wisdom_registration" ADD CONSTRAINT "FK_5b2615f268c6a08612346a46b44" FOREIGN KEY ("lao_id", "resident_id") REFERENCES "resident"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "wisdom_registration" DROP CONSTRAINT "FK_5b2615f268c6a08612346a46b44"`);
        await queryRunner.query(`ALTER TABLE "wisdom_registration" DROP CONSTRAINT "FK_94ae299b3faf5a460860a9dd402"`);
        await queryRunner.query(`ALTER TABLE "product_maker" DROP CONSTRAINT "FK_15952f775e7e137133eb533e6d7"`);
        await queryRunner.query(`ALTER TABLE "product_maker" DROP CONSTRAINT "FK_f01b2698344c92d426b4db40616"`);
        await queryRunner.query(`ALTER TABLE "product_maker" DROP CONSTRAINT "FK_6aaa06075c8e90e3426910462e8"`);
        await queryRunner.query(`ALTER TABLE "income_record" DROP CONSTRAINT "FK_e58319d0647ed02b7d4e323d761"`);
        await queryRunner.query(`ALTER TABLE "income_record" DROP CONSTRAINT "FK_e51e0f42fd5d1a875e97deb671f"`);
        await queryRunner.query(`ALTER TABLE "income_record" DROP CONSTRAINT "FK_b73a82e08226628b8e9c36f7ba5"`);
        await queryRunner.query(`ALTER TABLE "income_record" DROP CONSTRAINT "FK_0b36d8193ce66da58766da81d3b"`);
        await queryRunner.query(`ALTER TABLE "income_record" DROP CONSTRAINT "FK_39dc6cff7a6bf5a6c9de33ed47a"`);
        await queryRunner.query(`ALTER TABLE "product" DROP CONSTRAINT "FK_3cd300215a90f20ed58c394ad48"`);
        await queryRunner.query(`ALTER TABLE "product" DROP CONSTRAINT "FK_fa4bd5e38661c6a61e0dbda98ba"`);
        await queryRunner.query(`ALTER TABLE "job_placement" DROP CONSTRAINT "FK_b0139ada3e226801f655ff2be28"`);
        await queryRunner.query(`ALTER TABLE "job_placement" DROP CONSTRAINT "FK_585ed1807b623dbb9c2620b933b"`);
        await queryRunner.query(`ALTER TABLE "job_placement" DROP CONSTRAINT "FK_6d493e780340e7771aa598b1fac"`);
        await queryRunner.query(`ALTER TABLE "job_placement" DROP CONSTRAINT "FK_ad21d5544cb242d4da7d1b61369"`);
        await queryRunner.query(`ALTER TABLE "job" DROP CONSTRAINT "FK_d66f25b3b73d8f5c8ba168a89b6"`);
        await queryRunner.query(`ALTER TABLE "course_attendance" DROP CONSTRAINT "FK_1565edb0da09f76e4441aeff98e"`);
        await queryRunner.query(`ALTER TABLE "course_attendance" DROP CONSTRAINT "FK_4b9517ac8bb450f68e27c1e1c49"`);
        await queryRunner.query(`ALTER TABLE "course_attendance" DROP CONSTRAINT "FK_a9102ed3c7850e3b6558cb0281a"`);
        await queryRunner.query(`ALTER TABLE "course_session" DROP CONSTRAINT "FK_64878538f5ddf4fc08d3e7a2f0b"`);
        await queryRunner.query(`ALTER TABLE "course_session" DROP CONSTRAINT "FK_82e652e83ac165903761bab611b"`);
        await queryRunner.query(`ALTER TABLE "course_enrolment" DROP CONSTRAINT "FK_fb00804bddfd1956442d4dba354"`);
        await queryRunner.query(`ALTER TABLE "course_enrolment" DROP CONSTRAINT "FK_6b0df07c6f0e77727965f9196a3"`);
        await queryRunner.query(`ALTER TABLE "course_enrolment" DROP CONSTRAINT "FK_c604c7a2ec81539ba65632c6b7c"`);
        await queryRunner.query(`ALTER TABLE "course" DROP CONSTRAINT "FK_d1a638fd9c7b77df7392283d9af"`);
        await queryRunner.query(`DROP INDEX "public"."ix_wisdom_registration_resident"`);
        await queryRunner.query(`DROP INDEX "public"."ix_wisdom_registration_branch"`);
        await queryRunner.query(`DROP TABLE "wisdom_registration"`);
        await queryRunner.query(`DROP INDEX "public"."ix_product_maker_resident"`);
        await queryRunner.query(`DROP TABLE "product_maker"`);
        await queryRunner.query(`DROP INDEX "public"."ix_income_record_month"`);
        await queryRunner.query(`DROP INDEX "public"."ix_income_record_product"`);
        await queryRunner.query(`DROP INDEX "public"."ix_income_record_job_placement"`);
        await queryRunner.query(`DROP TABLE "income_record"`);
        await queryRunner.query(`DROP TABLE "product"`);
        await queryRunner.query(`DROP INDEX "public"."ix_job_placement_job"`);
        await queryRunner.query(`DROP INDEX "public"."ix_job_placement_resident"`);
        await queryRunner.query(`DROP TABLE "job_placement"`);
        await queryRunner.query(`DROP TABLE "job"`);
        await queryRunner.query(`DROP INDEX "public"."ix_course_attendance_enrolment"`);
        await queryRunner.query(`DROP TABLE "course_attendance"`);
        await queryRunner.query(`DROP INDEX "public"."ix_course_session_course"`);
        await queryRunner.query(`DROP TABLE "course_session"`);
        await queryRunner.query(`DROP INDEX "public"."ix_course_enrolment_resident"`);
        await queryRunner.query(`DROP TABLE "course_enrolment"`);
        await queryRunner.query(`DROP INDEX "public"."ix_course_dates"`);
        await queryRunner.query(`DROP TABLE "course"`);
    }

}
