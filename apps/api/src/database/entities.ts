import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { AuditEntryEntity } from '../residents/audit-entry.entity';
import { ResidentEntity } from '../residents/resident.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [OrgUnitEntity, UserEntity, ResidentEntity, AuditEntryEntity];
