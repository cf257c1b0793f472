import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FINISHED_IMPORT_STATES, type ImportJobView, type ImportResult } from '@elderwork/contracts';

export interface ImportApi<R extends ImportResult> {
  import(file: File): Promise<R>;
  downloadTemplate(format: 'csv' | 'xlsx'): Promise<unknown>;
  /** For imports that run as jobs: read the job again, and cancel it. */
  follow?: { get(id: string): Promise<ImportJobView>; cancel(id: string): Promise<ImportJobView> };
  /**
   * Once the rows are written (the answer itself, or a job that ended `done`): invalidate what the
   * import changed (e.g. `queryClient.invalidateQueries({ queryKey: residentKeys.all })`).
   */
  onImported?: () => unknown;
}

const POLL_MS = 500;

/** A job's progress, read every POLL_MS while it runs (decision 0050). */
const importKeys = {
  job: (id: string) => ['imports', id] as const,
};

const isJob = (r: ImportResult): r is ImportJobView => 'state' in r && 'id' in r;
const finished = (job: ImportJobView): boolean => FINISHED_IMPORT_STATES.includes(job.state);

/**
 * The state of an import page (registry, income, accounts): the chosen file, upload, result,
 * errors, templates. An import that answers with a running job is followed until it ends (a
 * query polling the job): `job` holds its progress, `cancel` stops it.
 */
export function useFileImport<R extends ImportResult>(api: ImportApi<R>) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);

  const uploadMutation = useMutation({
    mutationFn: (chosen: File) => api.import(chosen),
    onSuccess: (answer) => {
      if (!isJob(answer) || !api.follow) void api.onImported?.();
    },
  });
  const answer = uploadMutation.data;
  const started = answer && isJob(answer) && api.follow ? answer : null;
  const follow = api.follow;

  const jobQuery = useQuery({
    queryKey: importKeys.job(started?.id ?? ''),
    queryFn: async () => {
      const view = await (follow as NonNullable<typeof follow>).get((started as ImportJobView).id);
      if (view.state === 'done') void api.onImported?.();
      return view;
    },
    enabled: started !== null,
    // The answer to the upload is the first view; the next is read after POLL_MS, and so on until the job ends.
    initialData: started ?? undefined,
    staleTime: Infinity,
    // A failed read stops the polling (the error shows); so does the job's end.
    refetchInterval: (query) => (query.state.status !== 'error' && query.state.data && !finished(query.state.data) ? POLL_MS : false),
  });
  const job = started ? (jobQuery.data ?? started) : null;

  const cancelMutation = useMutation({
    mutationFn: (id: string) => (follow as NonNullable<typeof follow>).cancel(id),
    onSuccess: (view) => queryClient.setQueryData(importKeys.job(view.id), view),
  });
  const templateMutation = useMutation({ mutationFn: (format: 'csv' | 'xlsx') => api.downloadTemplate(format) });

  const upload = (event: FormEvent) => {
    event.preventDefault();
    setMissingFile(!file);
    if (!file) return;
    cancelMutation.reset();
    templateMutation.reset();
    uploadMutation.mutate(file);
  };

  const cancel = () => {
    if (job && follow) cancelMutation.mutate(job.id);
  };

  const template = (format: 'csv' | 'xlsx') => () => templateMutation.mutate(format);

  const busy = uploadMutation.isPending || (job !== null && !finished(job));
  const error = uploadMutation.error ?? jobQuery.error ?? cancelMutation.error ?? templateMutation.error;
  const result: ImportResult | null = answer === undefined ? null : job ? (job.state === 'done' ? job : null) : answer;

  return { file, setFile, busy, error, missingFile, result, job, upload, cancel, template };
}
