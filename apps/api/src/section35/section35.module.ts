import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module';
import { ResidentsModule } from '../residents/residents.module';
import { EmployersController } from './employers.controller';
import { EmployersRepository } from './employers.repository';
import { EmployersService } from './employers.service';
import { PlacementsController } from './placements.controller';
import { PlacementsRepository } from './placements.repository';
import { PlacementsService } from './placements.service';
import { Section35SummaryController } from './section35-summary.controller';
import { Section35SummaryRepository } from './section35-summary.repository';
import { Section35SummaryService } from './section35-summary.service';

/** Section 35 disability employment: employers, placements, payments and their figures. */
@Module({
  imports: [ResidentsModule, ReferenceModule],
  controllers: [EmployersController, PlacementsController, Section35SummaryController],
  providers: [EmployersRepository, EmployersService, PlacementsRepository, PlacementsService, Section35SummaryRepository, Section35SummaryService],
  exports: [Section35SummaryRepository],
})
export class Section35Module {}
