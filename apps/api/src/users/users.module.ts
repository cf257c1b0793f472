import { Module } from '@nestjs/common';
import { SessionsRepository } from './sessions.repository';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({ controllers: [UsersController], providers: [UsersRepository, SessionsRepository, UsersService], exports: [UsersRepository, SessionsRepository] })
export class UsersModule {}
