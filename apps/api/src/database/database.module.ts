import { Global, Module } from '@nestjs/common';
import { TenantDb } from './tenant-db';

/** Tenant transactions for every feature module. */
@Global()
@Module({ providers: [TenantDb], exports: [TenantDb] })
export class DatabaseModule {}
