import { Module } from '@nestjs/common';
import { ImportJobsRepository } from './import-jobs.repository';
import { ImportJobsService } from './import-jobs.service';
import { ImportsController } from './imports.controller';

@Module({
  controllers: [ImportsController],
  providers: [ImportJobsRepository, ImportJobsService],
  exports: [ImportJobsService],
})
export class ImportsModule {}
