import { useTranslation } from 'react-i18next';
import { CAREGIVER_RULES, CAREGIVER_STATUS_LABELS, type CaregiverStatus, type CaregiverView } from '@elderwork/contracts';
import { useLabel } from '../i18n';

export function CaregiverStatusBadge({ status, testId }: { status: CaregiverStatus; testId?: string }) {
  const label = useLabel();
  return (
    <span className={`badge badge--cg-${status}`} data-testid={testId} data-status={status}>
      {label(CAREGIVER_STATUS_LABELS, status)}
    </span>
  );
}

/** The 2–4 rule at a glance: a warning below 2 (active caregivers only), "full" at 4. */
export function RecipientFlags({ caregiver }: { caregiver: Pick<CaregiverView, 'belowMinimum' | 'atMaximum' | 'status'> }) {
  const { t } = useTranslation();
  if (caregiver.belowMinimum)
    return (
      <span className="badge badge--warn" data-testid="flag-below-minimum">
        ⚠ {t('caregivers.flagBelow', { min: CAREGIVER_RULES.minRecipients })}
      </span>
    );
  if (caregiver.atMaximum)
    return (
      <span className="badge badge--full" data-testid="flag-full">
        {t('caregivers.flagFull', { max: CAREGIVER_RULES.maxRecipients })}
      </span>
    );
  if (caregiver.status !== 'active') return <span className="muted">–</span>;
  return <span className="badge badge--ok">{t('caregivers.flagOk')}</span>;
}
