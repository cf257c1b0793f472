import { ADL_GROUP_LABELS, type AdlGroup } from '@elderwork/contracts';
import { useLabel } from '../i18n';

/** ติดสังคม / ติดบ้าน / ติดเตียง. */
export function AdlGroupBadge({ group, testId }: { group: AdlGroup; testId?: string }) {
  const label = useLabel();
  return (
    <span className={`badge badge--adl-${group}`} data-testid={testId} data-group={group}>
      {label(ADL_GROUP_LABELS, group)}
    </span>
  );
}
