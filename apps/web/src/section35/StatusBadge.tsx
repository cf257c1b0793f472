import { PLACEMENT_STATUS_LABELS, type PlacementStatus } from '@elderwork/contracts';
import { useLabel } from '../i18n';

export function StatusBadge({ status, testId }: { status: PlacementStatus; testId?: string }) {
  const label = useLabel();
  return (
    <span className={`badge badge--${status}`} data-testid={testId} data-status={status}>
      {label(PLACEMENT_STATUS_LABELS, status)}
    </span>
  );
}
