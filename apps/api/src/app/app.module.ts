import { createSecretKey } from 'node:crypto';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import type { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { appDataSourceOptions, DEFAULT_POOL_SIZE } from '../database/data-sources';
import { DatabaseModule } from '../database/database.module';
import { HealthController } from '../health/health.controller';
import { HealthRepository } from '../health/health.repository';
import { ReferenceModule } from '../reference/reference.module';
import { ResidentsModule } from '../residents/residents.module';
import { importConcurrency } from '../imports/import-slots';
import { ImportsModule } from '../imports/imports.module';
import { ReportsModule } from '../reports/reports.module';
import { Section35Module } from '../section35/section35.module';
import { OccupationsModule } from '../occupations/occupations.module';
import { AdlModule } from '../adl/adl.module';
import { CaregiversModule } from '../caregivers/caregivers.module';
import { UsersModule } from '../users/users.module';

@Module({})
export class AppModule {
  /** `appDatabaseUrl`: the runtime connection, as the RLS-bound role. */
  static register(config: AppConfig, appDatabaseUrl: string, poolSize = DEFAULT_POOL_SIZE): DynamicModule {
    const concurrency = importConcurrency(config.imports.concurrency, poolSize);
    if (concurrency < config.imports.concurrency) {
      new Logger('Imports').warn(`IMPORT_CONCURRENCY=${config.imports.concurrency} lowered to ${concurrency}: the pool of ${poolSize} connections must keep some for the API`);
    }
    config = { ...config, imports: { ...config.imports, concurrency } };
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(appDataSourceOptions(appDatabaseUrl, poolSize)),
        // A KeyObject, not the string: given a string, jsonwebtoken tries (and fails) to parse it as a
        // public key on every verify, a fifth of a list request's CPU (docs/scaling.md).
        JwtModule.register({
          global: true,
          secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
          signOptions: { expiresIn: config.jwtTtlSeconds, algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        }),
        DatabaseModule,
        AuthModule,
        UsersModule,
        ImportsModule,
        ResidentsModule,
        ReferenceModule,
        Section35Module,
        OccupationsModule,
        ReportsModule,
        AdlModule,
        CaregiversModule,
      ],
      controllers: [HealthController],
      providers: [HealthRepository],
    };
  }
}
