import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-urls';
import { grantToApp } from './tenant-isolation';

/**
 * Account history is append-only for the app role; sessions are created and ended, never deleted
 * (decision 0022). Both are global like app_user: scoped in the repositories, not by RLS.
 */
export class AccountsRules1795760000001 implements MigrationInterface {
  name = 'AccountsRules1795760000001';

  async up(runner: QueryRunner): Promise<void> {
    await grantToApp(runner, 'account_change', 'SELECT, INSERT');
    await grantToApp(runner, 'user_session', 'SELECT, INSERT, UPDATE');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`REVOKE ALL ON "account_change", "user_session" FROM ${APP_ROLE}`);
  }
}
