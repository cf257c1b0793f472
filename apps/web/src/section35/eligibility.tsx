import { useTranslation } from 'react-i18next';
import { DISABILITY_TYPE_LABELS, type ResidentView } from '@elderwork/contracts';
import { useLabel } from '../i18n';
import type { ElderStatus } from '../ui/ElderPicker';

/** Section 35 is for persons with a disability, or registered carers of one (the API checks too). */
export function isEligible(r: ResidentView): boolean {
  return r.disabilityType !== null || r.caresForDisabledPerson === true;
}

/** The elder picker's filter for a placement: who is eligible, with a badge saying why (not). */
export function section35Status(resident: ResidentView): ElderStatus {
  return { eligible: isEligible(resident), badge: <Eligibility resident={resident} /> };
}

function Eligibility({ resident }: { resident: ResidentView }) {
  const { t } = useTranslation();
  const label = useLabel();
  if (resident.disabilityType)
    return (
      <span className="badge badge--ok">
        {t('placements.eligibleDisability', { type: label(DISABILITY_TYPE_LABELS, resident.disabilityType) })}
      </span>
    );
  if (resident.caresForDisabledPerson) return <span className="badge badge--ok">{t('placements.eligibleCarer')}</span>;
  return <span className="badge">{t('placements.notEligible')}</span>;
}
