import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AccountLinks, type IssuedLink } from './account-links';
import { UsersRepository } from './users.repository';

/**
 * The first DLA officer of a fresh installation (decision 0023): with
 * ELDERWORK_BOOTSTRAP_ADMIN_EMAIL set and no DLA officer at all, that account is created without
 * a password and its activation link is written to the log (and mailed). Never a default password.
 * An advisory lock keeps two processes starting at once from making two.
 */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    private readonly users: UsersRepository,
    private readonly links: AccountLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = this.config.bootstrapAdminEmail;
    if (!email) return;
    const link = await this.users.db.transaction(async (db): Promise<IssuedLink | null> => {
      await this.users.lockBootstrap(db);
      if (await this.users.anyDlaOfficer(db)) return null;
      const dla = await this.users.orgUnitByCode('dla', 'DLA', db);
      if (!dla) throw new Error('the DLA org unit is missing: migrations have not run');
      const displayName = 'ผู้ดูแลระบบ กรมส่งเสริมการปกครองท้องถิ่น';
      // No actor: the database allows that only while there is no DLA officer, and writes the `create` history.
      const id = await this.users.insert(db, null, { email, displayName, role: 'dla_officer', orgUnitId: dla.id });
      if (!id) {
        this.logger.warn(`ELDERWORK_BOOTSTRAP_ADMIN_EMAIL ${email} belongs to an account that is not a DLA officer: no account created`);
        return null;
      }
      return this.links.issue(db, id, { email, displayName }, 'activate');
    });
    if (!link) return;
    // Written to the log on purpose, in production too: whoever starts the installation activates it.
    this.logger.warn(`first DLA officer created: ${email}; activate it within 72 hours at ${link.url}`);
    await this.links.sendOrLog(link);
  }
}
