import { DynamicModule, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import type { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { appDataSourceOptions } from '../database/data-sources';
import { DatabaseModule } from '../database/database.module';
import { HealthController } from '../health/health.controller';
import { ReferenceModule } from '../reference/reference.module';
import { ResidentsModule } from '../residents/residents.module';
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
  static register(config: AppConfig, appDatabaseUrl: string, poolSize?: number): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(appDataSourceOptions(appDatabaseUrl, poolSize)),
        JwtModule.register({ global: true, secret: config.jwtSecret, signOptions: { expiresIn: config.jwtTtlSeconds } }),
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
    };
  }
}
