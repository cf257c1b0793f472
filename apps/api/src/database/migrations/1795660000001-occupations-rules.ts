import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-urls';
import { grantToApp, isolateByLao } from './tenant-isolation';

/** Tenant tables of independent occupations, with the least privileges the app needs on each. */
const GRANTS: [table: string, privileges: string][] = [
  ['course', 'SELECT, INSERT, UPDATE'],
  // Sessions are regenerated when a course's schedule changes before any attendance.
  ['course_session', 'SELECT, INSERT, UPDATE, DELETE'],
  ['course_enrolment', 'SELECT, INSERT, UPDATE, DELETE'],
  // A session's attendance is replaced as a whole.
  ['course_attendance', 'SELECT, INSERT, DELETE'],
  ['wisdom_registration', 'SELECT, INSERT, UPDATE'],
  ['product', 'SELECT, INSERT, UPDATE'],
  ['product_maker', 'SELECT, INSERT, DELETE'],
  ['job', 'SELECT, INSERT, UPDATE'],
  ['job_placement', 'SELECT, INSERT, UPDATE'],
  // The month grid replaces an elder's month: lines not sent again are deleted.
  ['income_record', 'SELECT, INSERT, UPDATE, DELETE'],
];

/** The CHECK constraints, as declared with @Check on the entities. */
const CHECKS: [table: string, name: string, expression: string][] = [
  ['course', 'ck_course_dates', 'end_date >= start_date'],
  ['course', 'ck_course_hours', 'hours_per_session > 0 AND hours_per_session <= 12'],
  ['course', 'ck_course_threshold', 'completion_threshold > 0 AND completion_threshold <= 1'],
  ['course', 'ck_course_weekdays', 'cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ ARRAY[1,2,3,4,5,6,7]::smallint[]'],
  ['course_session', 'ck_course_session_hours', 'hours > 0 AND hours <= 12'],
  ['wisdom_registration', 'ck_wisdom_registration_years', 'years_of_experience BETWEEN 0 AND 90'],
  ['product', 'ck_product_price', 'price > 0'],
  ['job', 'ck_job_times', 'end_time > start_time'],
  ['job', 'ck_job_slots', 'slots BETWEEN 1 AND 999'],
  ['job', 'ck_job_weekdays', 'cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ ARRAY[1,2,3,4,5,6,7]::smallint[]'],
  ['job_placement', 'ck_job_placement_dates', 'to_date IS NULL OR to_date >= from_date'],
  ['income_record', 'ck_income_record_amount', 'amount > 0'],
  ['income_record', 'ck_income_record_month', 'extract(day FROM month) = 1'],
  ['income_record', 'ck_income_record_product', "product_id IS NULL OR source = 'product'"],
  ['income_record', 'ck_income_record_job_placement', "job_placement_id IS NULL OR source = 'service'"],
];

/** Unique indexes, as declared with @Index on the entities. */
const UNIQUES: [name: string, table: string, columns: string, nullsNotDistinct?: boolean][] = [
  ['uq_course_enrolment', 'course_enrolment', 'lao_id, course_id, resident_id'],
  ['uq_course_attendance', 'course_attendance', 'lao_id, session_id, enrolment_id'],
  ['uq_product_name', 'product', 'lao_id, name'],
  ['uq_product_maker', 'product_maker', 'lao_id, product_id, resident_id'],
  // One line per elder × month × source × product × channel × job placement. Product and job placement
  // are often NULL, and NULLs must collide too (PostgreSQL 15+; TypeORM cannot declare it, nor does
  // its schema diff read it, so the entity's plain @Index stays in agreement).
  ['uq_income_record_line', 'income_record', 'lao_id, resident_id, month, source, product_id, channel, job_placement_id', true],
];

/** Independent occupations: isolation, grants, checks and unique lines of the tables of Occupations1795660000000. */
export class OccupationsRules1795660000001 implements MigrationInterface {
  name = 'OccupationsRules1795660000001';

  async up(runner: QueryRunner): Promise<void> {
    for (const [table, privileges] of GRANTS) {
      await isolateByLao(runner, table);
      await grantToApp(runner, table, privileges);
    }
    for (const [table, name, expression] of CHECKS) await runner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK (${expression})`);
    for (const [name, table, columns, nullsNotDistinct] of UNIQUES) {
      await runner.query(`CREATE UNIQUE INDEX "${name}" ON "${table}" (${columns})${nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''}`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const [name] of UNIQUES) await runner.query(`DROP INDEX "${name}"`);
    for (const [table, name] of CHECKS) await runner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    for (const [table] of GRANTS) {
      await runner.query(`DROP POLICY lao_isolation ON "${table}"`);
      await runner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await runner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
      await runner.query(`REVOKE ALL ON "${table}" FROM ${APP_ROLE}`);
    }
  }
}
