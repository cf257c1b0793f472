import type { ReactNode } from 'react';
import { LAO_ROLES } from '@elderwork/contracts';
import { useUser } from '../auth/auth-context';
import { LaoHome } from './LaoHome';
import { OfficerHome } from './OfficerHome';

/** `laoDashboard` comes from the app (the reports feature's dashboard): home imports no other feature. */
export function HomePage({ laoDashboard }: { laoDashboard?: ReactNode }) {
  const user = useUser();
  return LAO_ROLES.includes(user.role) ? <LaoHome dashboard={laoDashboard} /> : <OfficerHome />;
}
