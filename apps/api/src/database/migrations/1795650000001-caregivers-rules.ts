import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-urls';
import { grantToApp, isolateByLao } from './tenant-isolation';

const TENANT_TABLES = ['adl_assessment', 'caregiver', 'care_assignment', 'care_visit', 'stipend'];

/** The CHECK constraints, as declared with @Check on the entities. */
const CHECKS: [table: string, name: string, expression: string][] = [
  [
    'adl_assessment',
    'ck_adl_assessment_scores',
    // All ten items or none; num_nulls() so that a partly filled row fails instead of passing on NULL.
    'total BETWEEN 0 AND 20 AND num_nulls(feeding, bathing, grooming, dressing, bowels, bladder, toilet_use, transfers, mobility, stairs) IN (0, 10) ' +
      'AND (feeding IS NULL OR (feeding BETWEEN 0 AND 2 AND bathing BETWEEN 0 AND 1 AND grooming BETWEEN 0 AND 1 AND dressing BETWEEN 0 AND 2 ' +
      'AND bowels BETWEEN 0 AND 2 AND bladder BETWEEN 0 AND 2 AND toilet_use BETWEEN 0 AND 2 AND transfers BETWEEN 0 AND 3 AND mobility BETWEEN 0 AND 3 ' +
      'AND stairs BETWEEN 0 AND 2 AND total = feeding + bathing + grooming + dressing + bowels + bladder + toilet_use + transfers + mobility + stairs))',
  ],
  ['caregiver', 'ck_caregiver_dates', 'end_date IS NULL OR end_date >= start_date'],
  ['caregiver', 'ck_caregiver_figures', 'training_hours >= 0 AND extra_course_hours >= 0 AND (monthly_stipend IS NULL OR monthly_stipend > 0)'],
  ['care_assignment', 'ck_care_assignment_dates', 'to_date IS NULL OR to_date >= from_date'],
  [
    'care_visit',
    'ck_care_visit',
    "minutes BETWEEN 1 AND 720 AND cardinality(activities) >= 1 AND activities <@ ARRAY['personal_hygiene', 'feeding', 'medication', " +
      "'mobility_exercise', 'vital_signs', 'home_environment', 'companionship', 'referral']::varchar[]",
  ],
  [
    'stipend',
    'ck_stipend',
    'extract(day FROM month) = 1 AND days_in_month BETWEEN 28 AND 31 AND days_active BETWEEN 1 AND days_in_month AND monthly_stipend > 0 AND amount >= 0',
  ],
];

/** Local caregiver volunteers and ADL: isolation of the tenant tables, least privileges, checks. */
export class CaregiversRules1795650000001 implements MigrationInterface {
  name = 'CaregiversRules1795650000001';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) await isolateByLao(runner, table);
    // Assessments and visits are append-only records; a correction is a new assessment.
    await grantToApp(runner, 'adl_assessment', 'SELECT, INSERT');
    await grantToApp(runner, 'caregiver', 'SELECT, INSERT, UPDATE');
    await grantToApp(runner, 'care_assignment', 'SELECT, INSERT, UPDATE');
    await grantToApp(runner, 'care_visit', 'SELECT, INSERT');
    await grantToApp(runner, 'stipend', 'SELECT, INSERT, UPDATE');
    for (const [table, name, expression] of CHECKS) await runner.query(`ALTER TABLE "${table}" ADD CONSTRAINT ${name} CHECK (${expression})`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const [table, name] of CHECKS) await runner.query(`ALTER TABLE "${table}" DROP CONSTRAINT ${name}`);
    for (const table of TENANT_TABLES) {
      await runner.query(`DROP POLICY lao_isolation ON "${table}"`);
      await runner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await runner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await runner.query(`REVOKE ALL ON ${TENANT_TABLES.join(', ')} FROM ${APP_ROLE}`);
  }
}
