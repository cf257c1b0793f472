import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-urls';
import { grantToApp, isolateByLao } from './tenant-isolation';

const TENANT_TABLES = ['employer', 'placement', 'payment'];

/**
 * Section 35: isolation of its tenant tables, the rate table (2567 → 328, 2568 → 330,
 * 2569 → 337 baht a day), and counted_days(), the one definition of a Section 35 day count.
 */
export class Section35Rules1795645190914 implements MigrationInterface {
  name = 'Section35Rules1795645190914';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) await isolateByLao(runner, table);
    await grantToApp(runner, 'employer', 'SELECT, INSERT, UPDATE');
    await grantToApp(runner, 'placement', 'SELECT, INSERT, UPDATE');
    await grantToApp(runner, 'payment', 'SELECT, INSERT');
    await grantToApp(runner, 'section35_rate', 'SELECT, INSERT, UPDATE');
    await runner.query(`ALTER TABLE placement ADD CONSTRAINT ck_placement_dates CHECK (end_date >= start_date AND (terminated_on IS NULL OR terminated_on BETWEEN start_date AND end_date))`);
    await runner.query(`ALTER TABLE placement ADD CONSTRAINT ck_placement_daily_rate CHECK (daily_rate > 0)`);
    await runner.query(`ALTER TABLE payment ADD CONSTRAINT ck_payment_amount CHECK (amount > 0)`);
    await runner.query(`ALTER TABLE section35_rate ADD CONSTRAINT ck_section35_rate CHECK (daily_rate > 0 AND year BETWEEN 2500 AND 2700)`);
    await runner.query(`INSERT INTO section35_rate (year, daily_rate) VALUES (2567, 328), (2568, 330), (2569, 337)`);
    // DEP counts 365 days in every year: 29 February is never counted, so a whole year is 365
    // days and the parts of a placement split across periods add up to the whole.
    await runner.query(`
      CREATE FUNCTION counted_days(first_day date, last_day date) RETURNS integer
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE WHEN last_day < first_day THEN 0 ELSE
          (last_day - first_day + 1) - (
            SELECT count(*)::integer
            FROM generate_series(extract(year FROM first_day)::integer, extract(year FROM last_day)::integer) AS y
            -- CASE, not AND: make_date(y, 2, 29) must never be evaluated for a common year.
            WHERE CASE WHEN y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0) THEN make_date(y, 2, 29) BETWEEN first_day AND last_day ELSE false END)
        END
      $$`);
    await runner.query(`GRANT EXECUTE ON FUNCTION counted_days(date, date) TO ${APP_ROLE}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP FUNCTION counted_days(date, date)`);
    await runner.query(`DELETE FROM section35_rate`);
    await runner.query(`ALTER TABLE section35_rate DROP CONSTRAINT ck_section35_rate`);
    await runner.query(`ALTER TABLE payment DROP CONSTRAINT ck_payment_amount`);
    await runner.query(`ALTER TABLE placement DROP CONSTRAINT ck_placement_daily_rate`);
    await runner.query(`ALTER TABLE placement DROP CONSTRAINT ck_placement_dates`);
    for (const table of TENANT_TABLES) {
      await runner.query(`DROP POLICY lao_isolation ON "${table}"`);
      await runner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await runner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await runner.query(`REVOKE ALL ON employer, placement, payment, section35_rate FROM ${APP_ROLE}`);
  }
}
