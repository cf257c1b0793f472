import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports/imports.module';
import { ResidentsModule } from '../residents/residents.module';
import { CourseSessionsRepository } from './courses/course-sessions.repository';
import { CourseSessionsService } from './courses/course-sessions.service';
import { CoursesController } from './courses/courses.controller';
import { CoursesRepository } from './courses/courses.repository';
import { CoursesService } from './courses/courses.service';
import { CourseSignInService } from './courses/course-sign-in.service';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { EldersRepository } from './elders.repository';
import { IncomeImportService } from './income-records/income-import.service';
import { IncomeReferences } from './income-records/income-references';
import { IncomeRecordsController } from './income-records/income-records.controller';
import { IncomeRecordsRepository } from './income-records/income-records.repository';
import { IncomeRecordsService } from './income-records/income-records.service';
import { JobMatchesRepository } from './jobs/job-matches.repository';
import { JobsController } from './jobs/jobs.controller';
import { JobsRepository } from './jobs/jobs.repository';
import { JobsService } from './jobs/jobs.service';
import { ProductsController } from './products/products.controller';
import { ProductsRepository } from './products/products.repository';
import { ProductsService } from './products/products.service';
import { OccupationsSummaryController } from './summary/occupations-summary.controller';
import { OccupationsSummaryRepository } from './summary/occupations-summary.repository';
import { OccupationsSummaryService } from './summary/occupations-summary.service';
import { WisdomController } from './wisdom/wisdom.controller';
import { WisdomRepository } from './wisdom/wisdom.repository';
import { WisdomService } from './wisdom/wisdom.service';

/** Independent occupations: courses and the elderly school, the wisdom bank, products, monthly income, local jobs, figures. */
@Module({
  imports: [ResidentsModule, ImportsModule],
  controllers: [CoursesController, WisdomController, ProductsController, IncomeRecordsController, JobsController, OccupationsSummaryController],
  providers: [
    EldersRepository,
    CoursesRepository, CourseSessionsRepository, CoursesService, CourseSessionsService, CourseSignInService, OrgUnitsRepository,
    WisdomRepository, WisdomService,
    ProductsRepository, ProductsService,
    IncomeRecordsRepository, IncomeReferences, IncomeRecordsService, IncomeImportService,
    JobsRepository, JobMatchesRepository, JobsService,
    OccupationsSummaryRepository, OccupationsSummaryService,
  ],
  exports: [OccupationsSummaryRepository],
})
export class OccupationsModule {}
