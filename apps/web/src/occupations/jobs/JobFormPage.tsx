import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CreateJobDto, UpdateJobDto } from '@elderwork/contracts';
import { LoadError } from '../../ui/LoadError';
import { useCreateJob, useJob, useUpdateJob } from '../queries';
import { EMPTY_JOB, jobResolver, jobValues } from './job-form';
import { JobForm } from './JobForm';

const createResolver = jobResolver(CreateJobDto);

/** /occupations/jobs/new and /occupations/jobs/:id/edit. */
export function JobFormPage() {
  const { id } = useParams();
  return id ? <EditJob id={id} /> : <NewJob />;
}

function NewJob() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateJob();
  return (
    <section>
      <h1>{t('occupations.jobs.newTitle')}</h1>
      <JobForm
        defaultValues={EMPTY_JOB}
        resolver={createResolver}
        cancelTo="/occupations/jobs"
        onSave={async (dto) => {
          const created = await create.mutateAsync(dto);
          void navigate(`/occupations/jobs/${created.id}`, { state: { saved: true } });
        }}
      />
    </section>
  );
}

function EditJob({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useJob(id);
  const update = useUpdateJob(id);
  const job = query.data;

  if (query.isError) return <LoadError query={query} />;
  if (!job) return <p className="page-loading">{t('common.loading')}</p>;
  const resolver = jobResolver(UpdateJobDto, { version: job.version });
  return (
    <section>
      <h1>
        {t('occupations.jobs.editTitle')}
        <small className="muted">{job.title}</small>
      </h1>
      <JobForm
        key={job.version}
        onReload={() => void query.refetch()}
        editing
        defaultValues={jobValues(job)}
        resolver={resolver}
        cancelTo={`/occupations/jobs/${job.id}`}
        onSave={async (dto: UpdateJobDto) => {
          // Emptied optional fields arrive as undefined, which PATCH would ignore: send null to clear them.
          await update.mutateAsync({ ...dto, place: dto.place ?? null, description: dto.description ?? null });
          void navigate(`/occupations/jobs/${job.id}`, { state: { saved: true } });
        }}
      />
    </section>
  );
}
