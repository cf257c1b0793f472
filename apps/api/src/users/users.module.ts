import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { AccountLinks } from './account-links';
import { AccountLinksRepository } from './account-links.repository';
import { BootstrapAdmin } from './bootstrap-admin';
import { SessionsRepository } from './sessions.repository';
import { UsersController } from './users.controller';
import { UsersImportService } from './users-import.service';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [MailModule],
  controllers: [UsersController],
  providers: [UsersRepository, SessionsRepository, AccountLinksRepository, AccountLinks, UsersService, UsersImportService, BootstrapAdmin],
  exports: [UsersRepository, SessionsRepository, AccountLinksRepository, AccountLinks, UsersService],
})
export class UsersModule {}
