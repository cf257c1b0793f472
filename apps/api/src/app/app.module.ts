import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from '../auth/auth.controller';
import { AuthGuard } from '../auth/auth.guard';
import { AuthService } from '../auth/auth.service';
import { LoginThrottle } from '../auth/login-throttle';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { appDataSourceOptions } from '../database/data-sources';
import { TenantDb } from '../database/tenant-db';
import { HealthController } from '../health/health.controller';
import { AuditRepository } from '../residents/audit.repository';
import { ImportRepository } from '../residents/import/import.repository';
import { ResidentsImportService } from '../residents/import/residents-import.service';
import { ResidentsController } from '../residents/residents.controller';
import { ResidentsRepository } from '../residents/residents.repository';
import { ResidentsService } from '../residents/residents.service';
import { UsersController } from '../users/users.controller';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';

@Module({})
export class AppModule {
  /** `appDatabaseUrl`: the runtime connection, as the RLS-bound role. */
  static register(config: AppConfig, appDatabaseUrl: string, poolSize?: number): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(appDataSourceOptions(appDatabaseUrl, poolSize)),
        JwtModule.register({ secret: config.jwtSecret, signOptions: { expiresIn: config.jwtTtlSeconds } }),
      ],
      controllers: [HealthController, AuthController, UsersController, ResidentsController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AuthGuard },
        LoginThrottle,
        AuthService,
        TenantDb,
        UsersRepository,
        UsersService,
        ResidentsRepository,
        AuditRepository,
        ResidentsService,
        ImportRepository,
        ResidentsImportService,
      ],
    };
  }
}
