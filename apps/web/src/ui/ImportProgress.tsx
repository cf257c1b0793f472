import { useTranslation } from 'react-i18next';
import type { ImportJobView } from '@elderwork/contracts';

const number = new Intl.NumberFormat('th-TH');

/** A running import: how much of the file is read, rows so far, and a way to stop it. */
export function ImportProgress({ job, onCancel }: { job: ImportJobView; onCancel: () => void }) {
  const { t } = useTranslation();
  const percent = job.bytesTotal > 0 ? Math.min(100, Math.floor((job.bytesDone / job.bytesTotal) * 100)) : 0;
  const phase =
    job.state === 'queued' ? t('import.progressQueued', { position: job.queuePosition ?? 1 })
      : job.state === 'writing' ? t('import.progressWriting')
        : job.state === 'cancelling' ? t('import.progressCancelling') : t('import.progressReading');
  return (
    <section className="card import-progress" data-testid="import-progress" data-state={job.state} aria-live="polite">
      <label htmlFor="import-progress-bar">
        {phase} — {job.fileName}
      </label>
      <progress id="import-progress-bar" max={100} value={percent} data-testid="import-progress-bar">
        {percent}%
      </progress>
      <p className="muted" data-testid="import-progress-rows">
        {percent}% · {t('import.rowsRead', { rows: number.format(job.rowsDone), rejected: number.format(job.rowsRejected) })}
      </p>
      {job.state !== 'cancelling' && (
        <button type="button" className="btn" onClick={onCancel} data-testid="import-cancel">
          {t('import.cancel')}
        </button>
      )}
    </section>
  );
}
