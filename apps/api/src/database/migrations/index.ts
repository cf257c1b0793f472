import { Registry1795643741679 } from './1795643741679-registry';
import { Isolation1795643741680 } from './1795643741680-isolation';
import { OrgUnits1795643741681 } from './1795643741681-org-units';
import { Section351795645190913 } from './1795645190913-section35';
import { Section35Rules1795645190914 } from './1795645190914-section35-rules';
import { Caregivers1795650000000 } from './1795650000000-caregivers';
import { CaregiversRules1795650000001 } from './1795650000001-caregivers-rules';
import { Occupations1795660000000 } from './1795660000000-occupations';
import { OccupationsRules1795660000001 } from './1795660000001-occupations-rules';
import { Reports1795670000000 } from './1795670000000-reports';
import { ReportsRules1795670000001 } from './1795670000001-reports-rules';
import { Imports1795680000000 } from './1795680000000-imports';
import { ImportsRules1795680000001 } from './1795680000001-imports-rules';
import { DataVersion1795690000000 } from './1795690000000-data-version';
import { DataVersionRules1795690000001 } from './1795690000001-data-version-rules';
import { Accounts1795760000000 } from './1795760000000-accounts';
import { AccountsRules1795760000001 } from './1795760000001-accounts-rules';
import { ImportOwners1795800000000 } from './1795800000000-import-owners';
import { ImportOwnersRules1795800000001 } from './1795800000001-import-owners-rules';
import { AuditSubjectsAndAccessLog1795810000000 } from './1795810000000-audit-subjects-and-access-log';
import { ReportSnapshots1795820000000 } from './1795820000000-report-snapshots';
import { AccountLinks1795830000000 } from './1795830000000-account-links';
import { AccountLinksRules1795830000001 } from './1795830000001-account-links-rules';
import { StatisticsRelease1795840000000 } from './1795840000000-statistics-release';
import { SecondFactor1795850000000 } from './1795850000000-second-factor';
import { SecondFactorRules1795850000001 } from './1795850000001-second-factor-rules';
import { AccountRights1795870000000 } from './1795870000000-account-rights';
import { BangkokProvince1795880000000 } from './1795880000000-bangkok-province';
import { ConcurrentPlacements1795890000000 } from './1795890000000-concurrent-placements';
import { StipendPaidVisits1795900000000 } from './1795900000000-stipend-paid-visits';
import { CareVisitCorrections1795930000000 } from './1795930000000-care-visit-corrections';

/** In order. Listed explicitly so the bundled API carries them. */
export const MIGRATIONS = [
  Registry1795643741679,
  Isolation1795643741680,
  OrgUnits1795643741681,
  Section351795645190913,
  Section35Rules1795645190914,
  Caregivers1795650000000,
  CaregiversRules1795650000001,
  Occupations1795660000000,
  OccupationsRules1795660000001,
  Reports1795670000000,
  ReportsRules1795670000001,
  Imports1795680000000,
  ImportsRules1795680000001,
  DataVersion1795690000000,
  DataVersionRules1795690000001,
  Accounts1795760000000,
  AccountsRules1795760000001,
  ImportOwners1795800000000,
  ImportOwnersRules1795800000001,
  AuditSubjectsAndAccessLog1795810000000,
  ReportSnapshots1795820000000,
  AccountLinks1795830000000,
  AccountLinksRules1795830000001,
  StatisticsRelease1795840000000,
  SecondFactor1795850000000,
  SecondFactorRules1795850000001,
  AccountRights1795870000000,
  BangkokProvince1795880000000,
  ConcurrentPlacements1795890000000,
  StipendPaidVisits1795900000000,
  CareVisitCorrections1795930000000,
];
