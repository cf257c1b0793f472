import { Module } from '@nestjs/common';
import { ResidentsModule } from '../residents/residents.module';
import { AdlController } from './adl.controller';
import { AdlRepository } from './adl.repository';
import { AdlService } from './adl.service';

/** Barthel ADL assessments of elders (who is dependent, and how much). */
@Module({
  imports: [ResidentsModule],
  controllers: [AdlController],
  providers: [AdlRepository, AdlService],
  exports: [AdlRepository],
})
export class AdlModule {}
