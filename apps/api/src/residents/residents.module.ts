import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports/imports.module';
import { AccessLogRepository } from './access-log.repository';
import { AuditRepository } from './audit.repository';
import { ImportRepository } from './import/import.repository';
import { ResidentsImportService } from './import/residents-import.service';
import { ResidentsController } from './residents.controller';
import { ResidentsRepository } from './residents.repository';
import { ResidentsService } from './residents.service';

@Module({
  imports: [ImportsModule],
  controllers: [ResidentsController],
  providers: [ResidentsRepository, AuditRepository, AccessLogRepository, ResidentsService, ImportRepository, ResidentsImportService],
  exports: [ResidentsRepository, AuditRepository, AccessLogRepository],
})
export class ResidentsModule {}
