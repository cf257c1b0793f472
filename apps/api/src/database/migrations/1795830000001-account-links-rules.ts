import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-urls';
import { grantToApp } from './tenant-isolation';

/**
 * Links are created and used (or voided), never deleted by the app; the table holds token hashes
 * only (decision 0023). Global like app_user: scoped in the repository.
 */
export class AccountLinksRules1795830000001 implements MigrationInterface {
  name = 'AccountLinksRules1795830000001';

  async up(runner: QueryRunner): Promise<void> {
    await grantToApp(runner, 'account_link', 'SELECT, INSERT, UPDATE');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`REVOKE ALL ON "account_link" FROM ${APP_ROLE}`);
  }
}
