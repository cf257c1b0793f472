import { Registry1795643741679 } from './1795643741679-registry';
import { Isolation1795643741680 } from './1795643741680-isolation';
import { OrgUnits1795643741681 } from './1795643741681-org-units';
import { Section351795645190913 } from './1795645190913-section35';
import { Section35Rules1795645190914 } from './1795645190914-section35-rules';

/** In order. Listed explicitly so the bundled API carries them. */
export const MIGRATIONS = [
  Registry1795643741679,
  Isolation1795643741680,
  OrgUnits1795643741681,
  Section351795645190913,
  Section35Rules1795645190914,
];
