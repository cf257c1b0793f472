import { MigrationInterface, QueryRunner } from "typeorm";

export class Section351795645190913 implements MigrationInterface {
    name = 'Section351795645190913'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "employer" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "registration_number" character varying(13) NOT NULL, "province_code" character varying(2) NOT NULL, "address" character varying(500), "contact_person" character varying(100), "phone" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b33f8bdcfbe77e21f3743b0e59c" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_employer_registration_number" ON "employer" ("lao_id", "registration_number") `);
        await queryRunner.query(`CREATE TABLE "placement" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "resident_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "modality" character varying(24) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'planned', "start_date" date NOT NULL, "end_date" date NOT NULL, "terminated_on" date, "termination_reason" character varying(500), "daily_rate" numeric(10,2) NOT NULL, "contract_no" character varying(50), "note" character varying(500), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_300c5f4799d75babcddc9f2ba9e" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_placement_employer" ON "placement" ("lao_id", "employer_id") `);
        await queryRunner.query(`CREATE INDEX "ix_placement_resident" ON "placement" ("lao_id", "resident_id") `);
        await queryRunner.query(`CREATE TABLE "payment" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "paid_on" date NOT NULL, "amount" numeric(14,2) NOT NULL, "reference" character varying(100), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4e75fd85b16652c613b526437f8" PRIMARY KEY ("lao_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_payment_placement" ON "payment" ("lao_id", "placement_id") `);
        await queryRunner.query(`CREATE TABLE "section35_rate" ("year" integer NOT NULL, "daily_rate" numeric(10,2) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid, CONSTRAINT "PK_03cdc3b269019ba04076c3eb1d0" PRIMARY KEY ("year"))`);
        await queryRunner.query(`ALTER TABLE "resident" ADD "cares_for_disabled_person" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "employer" ADD CONSTRAINT "FK_c474894542c211a9a427bffb0c8" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_a46575a160d6b2f44c344f81ff3" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_4159523b5427104229b0fd07dcf" FOREIGN KEY ("lao_id", "resident_id") REFERENCES "resident"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_2971658b68554d83262e7f279fc" FOREIGN KEY ("lao_id", "employer_id") REFERENCES "employer"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "payment" ADD CONSTRAINT "FK_fef5a9b0811c003330f896ed7f1" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "payment" ADD CONSTRAINT "FK_03f733fce611d81af6df18d6664" FOREIGN KEY ("lao_id", "placement_id") REFERENCES "placement"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "payment" ADD CONSTRAINT "FK_e91eb2a79e0ca14007b6c3e4445" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "section35_rate" ADD CONSTRAINT "FK_71ea86358946a753ffd4aeade4a" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "section35_rate" DROP CONSTRAINT "FK_71ea86358946a753ffd4aeade4a"`);
        await queryRunner.query(`ALTER TABLE "payment" DROP CONSTRAINT "FK_e91eb2a79e0ca14007b6c3e4445"`);
        await queryRunner.query(`ALTER TABLE "payment" DROP CONSTRAINT "FK_03f733fce611d81af6df18d6664"`);
        await queryRunner.query(`ALTER TABLE "payment" DROP CONSTRAINT "FK_fef5a9b0811c003330f896ed7f1"`);
        await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_2971658b68554d83262e7f279fc"`);
        await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_4159523b5427104229b0fd07dcf"`);
        await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_a46575a160d6b2f44c344f81ff3"`);
        await queryRunner.query(`ALTER TABLE "employer" DROP CONSTRAINT "FK_c474894542c211a9a427bffb0c8"`);
        await queryRunner.query(`ALTER TABLE "resident" DROP COLUMN "cares_for_disabled_person"`);
        await queryRunner.query(`DROP TABLE "section35_rate"`);
        await queryRunner.query(`DROP INDEX "public"."ix_payment_placement"`);
        await queryRunner.query(`DROP TABLE "payment"`);
        await queryRunner.query(`DROP INDEX "public"."ix_placement_resident"`);
        await queryRunner.query(`DROP INDEX "public"."ix_placement_employer"`);
        await queryRunner.query(`DROP TABLE "placement"`);
        await queryRunner.query(`DROP INDEX "public"."uq_employer_registration_number"`);
        await queryRunner.query(`DROP TABLE "employer"`);
    }

}
