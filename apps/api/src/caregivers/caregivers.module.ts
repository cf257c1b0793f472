import { Module } from '@nestjs/common';
import { AdlModule } from '../adl/adl.module';
import { ResidentsModule } from '../residents/residents.module';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import { CareVisitsController } from './care-visits.controller';
import { CareVisitsRepository } from './care-visits.repository';
import { CareVisitsService } from './care-visits.service';
import { CaregiversSummaryController } from './caregivers-summary.controller';
import { CaregiversSummaryRepository } from './caregivers-summary.repository';
import { CaregiversSummaryService } from './caregivers-summary.service';
import { CaregiversController } from './caregivers.controller';
import { CaregiversRepository } from './caregivers.repository';
import { CaregiversService } from './caregivers.service';
import { FollowUpRepository } from './follow-up.repository';
import { StipendsController } from './stipends.controller';
import { StipendsRepository } from './stipends.repository';
import { StipendsService } from './stipends.service';

/** Local caregiver volunteers: caregivers, their recipients, visits, stipends, follow-up and figures. */
@Module({
  imports: [ResidentsModule, AdlModule],
  // The summary controller first: its fixed paths must match before /caregivers/:id.
  controllers: [CaregiversSummaryController, CaregiversController, CareVisitsController, StipendsController],
  providers: [
    CaregiversRepository, CaregiversService, AssignmentsRepository, AssignmentsService, CareVisitsRepository, CareVisitsService,
    StipendsRepository, StipendsService, FollowUpRepository, CaregiversSummaryRepository, CaregiversSummaryService,
  ],
  exports: [CaregiversSummaryRepository],
})
export class CaregiversModule {}
