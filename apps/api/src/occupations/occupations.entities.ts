import { CourseAttendanceEntity } from './courses/course-attendance.entity';
import { CourseEnrolmentEntity } from './courses/course-enrolment.entity';
import { CourseSessionEntity } from './courses/course-session.entity';
import { CourseEntity } from './courses/course.entity';
import { IncomeRecordEntity } from './income-records/income-record.entity';
import { JobPlacementEntity } from './jobs/job-placement.entity';
import { JobEntity } from './jobs/job.entity';
import { ProductMakerEntity } from './products/product-maker.entity';
import { ProductEntity } from './products/product.entity';
import { WisdomRegistrationEntity } from './wisdom/wisdom-registration.entity';

/** The independent-occupations tables (registered in database/entities.ts). */
export const OCCUPATIONS_ENTITIES = [
  CourseEntity,
  CourseSessionEntity,
  CourseEnrolmentEntity,
  CourseAttendanceEntity,
  WisdomRegistrationEntity,
  ProductEntity,
  ProductMakerEntity,
  JobEntity,
  JobPlacementEntity,
  IncomeRecordEntity,
];
