import { useTranslation } from 'react-i18next';
import type { JobView } from '@elderwork/contracts';
import { formatCount } from '../format';

/**
 * Elders working in the job today against its slots: '1/3'; a shareable (mosaic) job has no slot
 * limit, so it reads '2 คน · ไม่จำกัด' / '2 · No limit' rather than a count over infinity.
 */
export function JobCapacity({ job }: { job: Pick<JobView, 'activePlacements' | 'slots' | 'shareable'> }) {
  const { t } = useTranslation();
  const taken = formatCount(job.activePlacements);
  return (
    <span data-testid="job-capacity" data-unlimited={job.shareable || undefined}>
      {job.shareable ? t('occupations.jobs.noLimit', { taken }) : t('occupations.jobs.capacity', { taken, slots: formatCount(job.slots) })}
    </span>
  );
}
