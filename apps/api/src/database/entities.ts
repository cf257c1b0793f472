import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { AuditEntryEntity } from '../residents/audit-entry.entity';
import { ResidentEntity } from '../residents/resident.entity';
import { UserEntity } from '../users/user.entity';
import { EmployerEntity } from '../section35/employer.entity';
import { PaymentEntity } from '../section35/payment.entity';
import { PlacementEntity } from '../section35/placement.entity';
import { Section35RateEntity } from '../section35/section35-rate.entity';

export const ENTITIES = [
  OrgUnitEntity,
  UserEntity,
  ResidentEntity,
  AuditEntryEntity,
  Section35RateEntity,
  EmployerEntity,
  PlacementEntity,
  PaymentEntity,
];
