import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { JOB_FIELD_LABELS, PHYSICAL_DEMAND_LABELS, type JobDetailView } from '@elderwork/contracts';
import { useLabel, useLang } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { LoadError } from '../../ui/LoadError';
import { formatWeekdays } from '../format';
import { useJob, useJobMatches } from '../queries';
import { JobCapacity } from './JobCapacity';
import { MatchesSection } from './MatchesSection';
import { PlacementsSection } from './PlacementsSection';

/** One job: what it is, who works in it (and the income that followed), and the elders who fit it best, with why. */
export function JobPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const query = useJob(id);
  const job = query.data;
  // Placing an elder changes the matches too (the placed elder leaves them): the mutation invalidates both.
  const matches = useJobMatches(id);
  const saved = (location.state as { saved?: boolean } | null)?.saved;

  if (query.isError) return <LoadError query={query} />;
  if (!job) return <p className="page-loading">{t('common.loading')}</p>;

  return (
    <section data-testid="job-page">
      <div className="page-head">
        <h1>
          {job.title}
          <small className="muted">{job.organisation}</small>
        </h1>
        <Link to={`/occupations/jobs/${job.id}/edit`} className="btn" data-testid="job-edit">
          {t('occupations.job.edit')}
        </Link>
      </div>
      {saved && (
        <Alert tone="success" testId="flash">
          {t('occupations.jobs.saved')}
        </Alert>
      )}
      <JobDetails job={job} />
      <PlacementsSection job={job} />
      <MatchesSection job={job} matches={matches} />
    </section>
  );
}

function JobDetails({ job: j }: { job: JobDetailView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  return (
    <section className="card">
      <h2>{t('occupations.job.details')}</h2>
      <dl className="details">
        <dt>{t('occupations.jobs.field')}</dt>
        <dd data-testid="job-field">{label(JOB_FIELD_LABELS, j.field)}</dd>
        <dt>{t('occupations.jobs.col.schedule')}</dt>
        <dd>{t('occupations.jobs.schedule', { days: formatWeekdays(j.weekdays, lang), start: j.startTime, end: j.endTime })}</dd>
        <dt>{t('occupations.jobs.physicalDemand')}</dt>
        <dd>{label(PHYSICAL_DEMAND_LABELS, j.physicalDemand)}</dd>
        <dt>{t('occupations.jobs.slots')}</dt>
        <dd>
          <JobCapacity job={j} /> {j.shareable && <span className="badge">{t('occupations.jobs.shared')}</span>}
        </dd>
        {j.place && (
          <>
            <dt>{t('occupations.jobs.place')}</dt>
            <dd>{j.place}</dd>
          </>
        )}
        <dt>{t('occupations.jobs.col.status')}</dt>
        <dd>
          <span className={`badge${j.open ? ' badge--ok' : ''}`} data-testid="job-open" data-open={j.open}>
            {j.open ? t('occupations.jobs.isOpen') : t('occupations.jobs.isClosed')}
          </span>
        </dd>
        {j.description && (
          <>
            <dt>{t('occupations.jobs.description')}</dt>
            <dd>{j.description}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
