import { LAO_ROLES } from '@elderwork/contracts';
import { useUser } from '../auth/auth-context';
import { LaoHome } from './LaoHome';
import { OfficerHome } from './OfficerHome';

export function HomePage() {
  const user = useUser();
  return LAO_ROLES.includes(user.role) ? <LaoHome /> : <OfficerHome />;
}
