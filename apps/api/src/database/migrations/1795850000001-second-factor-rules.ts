import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-urls';
import { grantToApp } from './tenant-isolation';

/**
 * The login path's tables are global like app_user (the account is found before any LAO is known)
 * and scoped by account in the repositories (decision 0024). Old throttle rows and challenges are
 * deleted by the app, hence DELETE.
 */
export class SecondFactorRules1795850000001 implements MigrationInterface {
  name = 'SecondFactorRules1795850000001';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of ['login_throttle', 'user_totp', 'totp_recovery_code', 'login_challenge']) {
      await grantToApp(runner, table, 'SELECT, INSERT, UPDATE, DELETE');
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`REVOKE ALL ON "login_throttle", "user_totp", "totp_recovery_code", "login_challenge" FROM ${APP_ROLE}`);
  }
}
