import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { AccessLogEntity } from '../residents/access-log.entity';
import { AuditEntryEntity } from '../residents/audit-entry.entity';
import { ResidentEntity } from '../residents/resident.entity';
import { UserEntity } from '../users/user.entity';
import { EmployerEntity } from '../section35/employer.entity';
import { PaymentEntity } from '../section35/payment.entity';
import { PlacementEntity } from '../section35/placement.entity';
import { Section35RateEntity } from '../section35/section35-rate.entity';
import { ApprovedFigureEntity } from '../reports/approved-figure.entity';
import { ReportStepEntity } from '../reports/report-step.entity';
import { YearlyReportEntity } from '../reports/yearly-report.entity';
import { OCCUPATIONS_ENTITIES } from '../occupations/occupations.entities';
import { AdlAssessmentEntity } from '../adl/adl-assessment.entity';
import { CaregiverEntity } from '../caregivers/caregiver.entity';
import { CareAssignmentEntity } from '../caregivers/care-assignment.entity';
import { CareVisitEntity } from '../caregivers/care-visit.entity';
import { StipendEntity } from '../caregivers/stipend.entity';
import { ImportJobEntity } from '../imports/import-job.entity';
import { LaoDataVersionEntity } from './lao-data-version.entity';
import { AccountChangeEntity } from '../users/account-change.entity';
import { SessionEntity } from '../users/session.entity';
import { AccountLinkEntity } from '../users/account-link.entity';
import { LoginThrottleEntity } from '../auth/login-throttle.entity';
import { UserTotpEntity } from '../auth/second-factor/user-totp.entity';
import { RecoveryCodeEntity } from '../auth/second-factor/recovery-code.entity';
import { LoginChallengeEntity } from '../auth/second-factor/login-challenge.entity';

export const ENTITIES = [
  OrgUnitEntity,
  UserEntity,
  ResidentEntity,
  AuditEntryEntity,
  AccessLogEntity,
  Section35RateEntity,
  EmployerEntity,
  PlacementEntity,
  PaymentEntity,
  YearlyReportEntity,
  ReportStepEntity,
  ApprovedFigureEntity,
  ...OCCUPATIONS_ENTITIES,
  AdlAssessmentEntity,
  CaregiverEntity,
  CareAssignmentEntity,
  CareVisitEntity,
  StipendEntity,
  ImportJobEntity,
  LaoDataVersionEntity,
  AccountChangeEntity,
  SessionEntity,
  AccountLinkEntity,
  LoginThrottleEntity,
  UserTotpEntity,
  RecoveryCodeEntity,
  LoginChallengeEntity,
];
