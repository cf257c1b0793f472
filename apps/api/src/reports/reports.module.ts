import { Module } from '@nestjs/common';
import { CaregiversModule } from '../caregivers/caregivers.module';
import { OccupationsModule } from '../occupations/occupations.module';
import { ResidentsModule } from '../residents/residents.module';
import { Section35Module } from '../section35/section35.module';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';
import { StatisticsController } from './statistics.controller';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsService } from './statistics.service';

/** The yearly income report, its approval, and the statistics read from approved reports. */
@Module({
  imports: [Section35Module, CaregiversModule, OccupationsModule, ResidentsModule],
  controllers: [ReportsController, StatisticsController],
  providers: [OrgUnitsRepository, ReportsRepository, ReportsService, StatisticsRepository, StatisticsService],
  exports: [ReportsService],
})
export class ReportsModule {}
