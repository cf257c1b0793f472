import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp } from './tenant-isolation';

/**
 * The protected statistics release of each (year, yearType) (docs/decisions/0020): which approved
 * figures it was built from (`version_key`), and its published groups — hidden cells are stored
 * blank, so no hidden value is ever at rest outside approved_figure. Read inside a statistics
 * scope like approved_figure: a provincial officer's scope sees the groups of their province only
 * (its LAOs, its LAO types, its total); national groups are for the 'nation' scope. Written in the
 * 'nation' scope only, when the approved figures have changed.
 */
export class StatisticsRelease1795840000000 implements MigrationInterface {
  name = 'StatisticsRelease1795840000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE "statistics_release" ("year" integer NOT NULL, "year_type" character varying(8) NOT NULL, "version_key" character varying(64) NOT NULL,
        "built_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cells" integer NOT NULL, "suppressed" integer NOT NULL,
        CONSTRAINT "PK_statistics_release" PRIMARY KEY ("year", "year_type"))`,
    );
    await runner.query(
      `CREATE TABLE "statistics_release_group" ("year" integer NOT NULL, "year_type" character varying(8) NOT NULL, "level" character varying(8) NOT NULL,
        "key" character varying(40) NOT NULL, "label" text NOT NULL, "province_code" character varying(2), "cells" jsonb NOT NULL,
        CONSTRAINT "PK_statistics_release_group" PRIMARY KEY ("year", "year_type", "level", "key"),
        CONSTRAINT "FK_statistics_release_group_release" FOREIGN KEY ("year", "year_type") REFERENCES "statistics_release"("year", "year_type") ON DELETE CASCADE)`,
    );
    for (const table of ['statistics_release', 'statistics_release_group']) {
      await runner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await runner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await grantToApp(runner, table, 'SELECT, INSERT, UPDATE, DELETE');
      await runner.query(
        `CREATE POLICY statistics_write ON "${table}" FOR ALL USING (current_setting('app.statistics_scope', true) = 'nation')
           WITH CHECK (current_setting('app.statistics_scope', true) = 'nation')`,
      );
    }
    await runner.query(`CREATE POLICY statistics_read ON "statistics_release" FOR SELECT USING (current_setting('app.statistics_scope', true) LIKE 'province:%')`);
    await runner.query(
      `CREATE POLICY statistics_read ON "statistics_release_group" FOR SELECT
         USING (province_code IS NOT NULL AND current_setting('app.statistics_scope', true) = 'province:' || province_code)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "statistics_release_group"`);
    await runner.query(`DROP TABLE "statistics_release"`);
  }
}
