import { Module } from '@nestjs/common';
import { AccountStatusCache } from './account-status';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({ controllers: [UsersController], providers: [UsersRepository, UsersService, AccountStatusCache], exports: [UsersRepository, AccountStatusCache] })
export class UsersModule {}
