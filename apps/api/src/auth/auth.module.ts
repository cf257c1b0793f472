import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UsersModule } from '../users/users.module';
import { AccountLinksController } from './account-links.controller';
import { AccountLinksService } from './account-links.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { SessionRenewal } from './session-renewal';
import { LoginThrottleRepository } from './login-throttle.repository';
import { OwnSecondFactorController, SecondFactorController } from './second-factor/second-factor.controller';
import { SecondFactorRepository } from './second-factor/second-factor.repository';
import { SecondFactorService } from './second-factor/second-factor.service';

@Module({
  imports: [UsersModule],
  controllers: [AuthController, AccountLinksController, SecondFactorController, OwnSecondFactorController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    LoginThrottleRepository,
    LoginThrottle,
    SecondFactorRepository,
    SecondFactorService,
    AuthService,
    SessionRenewal,
    AccountLinksService,
  ],
})
export class AuthModule {}
