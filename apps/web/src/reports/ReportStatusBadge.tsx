import { REPORT_STATUS_LABELS, type ReportStatus } from '@elderwork/contracts';
import { useLabel } from '../i18n';

/** ร่าง / เสนอแล้ว รออนุมัติ / อนุมัติแล้ว / เปิดแก้ไขใหม่ */
export function ReportStatusBadge({ status, testId = 'report-status' }: { status: ReportStatus; testId?: string }) {
  const label = useLabel();
  return (
    <span className={`badge badge--report-${status}`} data-testid={testId} data-status={status}>
      {label(REPORT_STATUS_LABELS, status)}
    </span>
  );
}
