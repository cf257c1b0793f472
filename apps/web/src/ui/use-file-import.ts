import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FINISHED_IMPORT_STATES, type ImportJobView, type ImportResult } from '@elderwork/contracts';

export interface ImportApi<R extends ImportResult> {
  import(file: File): Promise<R>;
  downloadTemplate(format: 'csv' | 'xlsx'): Promise<unknown>;
  /** For imports that run as jobs: read the job again, and cancel it. */
  follow?: { get(id: string): Promise<ImportJobView>; cancel(id: string): Promise<ImportJobView> };
}

const POLL_MS = 500;

const isJob = (r: ImportResult): r is ImportJobView => 'state' in r && 'id' in r;

/**
 * The state of an import page (registry, income): the chosen file, upload, result, errors, templates.
 * An import that answers with a running job is followed until it ends: `job` holds its progress.
 */
export function useFileImport<R extends ImportResult>(api: ImportApi<R>) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [job, setJob] = useState<ImportJobView | null>(null);
  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);

  const follow = async (jobs: NonNullable<ImportApi<R>['follow']>, started: ImportJobView): Promise<ImportJobView> => {
    let current = started;
    while (alive.current && !FINISHED_IMPORT_STATES.includes(current.state)) {
      setJob(current);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      current = await jobs.get(current.id);
    }
    return current;
  };

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    setMissingFile(!file);
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    setJob(null);
    try {
      const answer = await api.import(file);
      const ended = isJob(answer) && api.follow ? await follow(api.follow, answer) : answer;
      if (isJob(ended)) setJob(ended);
      if (!isJob(ended) || ended.state === 'done') setResult(ended);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    if (job && api.follow) api.follow.cancel(job.id).then(setJob, (e: unknown) => setError(e));
  };

  const template = (format: 'csv' | 'xlsx') => () => {
    api.downloadTemplate(format).catch((e: unknown) => setError(e));
  };

  return { file, setFile, busy, error, missingFile, result, job, upload, cancel, template };
}
