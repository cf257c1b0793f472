import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports/imports.module';
import { AuditRepository } from './audit.repository';
import { ImportRepository } from './import/import.repository';
import { ResidentsImportService } from './import/residents-import.service';
import { ResidentsController } from './residents.controller';
import { ResidentsRepository } from './residents.repository';
import { ResidentsService } from './residents.service';

@Module({
  imports: [ImportsModule],
  controllers: [ResidentsController],
  providers: [ResidentsRepository, AuditRepository, ResidentsService, ImportRepository, ResidentsImportService],
  exports: [ResidentsRepository, AuditRepository],
})
export class ResidentsModule {}
