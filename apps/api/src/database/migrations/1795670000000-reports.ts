import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the reports entities (yearly_report, report_step, approved_figure). */
export class Reports1795670000000 implements MigrationInterface {
  name = 'Reports1795670000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "yearly_report" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "year_type" character varying(8) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "approved_figures" jsonb, "approved_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_yearly_report_year_type" CHECK (year_type IN ('fiscal', 'calendar')), CONSTRAINT "PK_056a9387f2eccefbf008629aa5c" PRIMARY KEY ("lao_id", "id"))`);
    await runner.query(`CREATE UNIQUE INDEX "uq_yearly_report" ON "yearly_report" ("lao_id", "year", "year_type") `);
    await runner.query(`CREATE TABLE "report_step" ("lao_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "action" character varying(8) NOT NULL, "actor_id" uuid NOT NULL, "reason" character varying(500), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0184cc8963a8371e5a5c09b66ce" PRIMARY KEY ("lao_id", "id"))`);
    await runner.query(`CREATE TABLE "approved_figure" ("lao_id" uuid NOT NULL, "year" integer NOT NULL, "year_type" character varying(8) NOT NULL, "model" character varying(16) NOT NULL, "province_code" character varying(2) NOT NULL, "persons" integer NOT NULL, "income" numeric(16,2) NOT NULL, CONSTRAINT "PK_ecf5abbae2d083944ce0f0d2061" PRIMARY KEY ("lao_id", "year", "year_type", "model"))`);
    await runner.query(`CREATE INDEX "ix_approved_figure_year" ON "approved_figure" ("year", "year_type") `);
    await runner.query(`ALTER TABLE "yearly_report" ADD CONSTRAINT "FK_0cc1826c8d30dad834cc2460842" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "report_step" ADD CONSTRAINT "FK_fac5055a0d2265170582fa86f83" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "report_step" ADD CONSTRAINT "FK_2c739694599559af5105ebf6985" FOREIGN KEY ("lao_id", "report_id") REFERENCES "yearly_report"("lao_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "report_step" ADD CONSTRAINT "FK_5a6dbe5379b9362088b26db1186" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "approved_figure" ADD CONSTRAINT "FK_9ceb5cfd8814dd3443769a0a613" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "approved_figure" DROP CONSTRAINT "FK_9ceb5cfd8814dd3443769a0a613"`);
    await runner.query(`ALTER TABLE "report_step" DROP CONSTRAINT "FK_5a6dbe5379b9362088b26db1186"`);
    await runner.query(`ALTER TABLE "report_step" DROP CONSTRAINT "FK_2c739694599559af5105ebf6985"`);
    await runner.query(`ALTER TABLE "report_step" DROP CONSTRAINT "FK_fac5055a0d2265170582fa86f83"`);
    await runner.query(`ALTER TABLE "yearly_report" DROP CONSTRAINT "FK_0cc1826c8d30dad834cc2460842"`);
    await runner.query(`DROP INDEX "public"."ix_approved_figure_year"`);
    await runner.query(`DROP TABLE "approved_figure"`);
    await runner.query(`DROP TABLE "report_step"`);
    await runner.query(`DROP INDEX "public"."uq_yearly_report"`);
    await runner.query(`DROP TABLE "yearly_report"`);
  }
}
