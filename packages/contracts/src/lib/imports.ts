import type { ImportRejection } from './responses';

/**
 * An import runs as a job: `running` while rows are read, `writing` while the valid rows are
 * written in one transaction, then `done`, `failed` or `cancelled`. A failed or cancelled job
 * wrote nothing; a job whose server stopped answering for two minutes reads as `failed`.
 */
export const IMPORT_STATES = ['running', 'writing', 'cancelling', 'done', 'failed', 'cancelled'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];
export const FINISHED_IMPORT_STATES: readonly ImportState[] = ['done', 'failed', 'cancelled'];

export const IMPORT_KINDS = ['residents'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** At most this many rejections are listed; `rowsRejected` counts them all. */
export const MAX_LISTED_REJECTIONS = 1000;

/** GET /api/imports/:id — progress while running, the result when finished. */
export interface ImportJobView {
  id: string;
  kind: ImportKind;
  fileName: string;
  state: ImportState;
  /** The file's size and how much of it has been read: the progress bar. */
  bytesTotal: number;
  bytesDone: number;
  /** Data rows read so far (valid and rejected). */
  rowsDone: number;
  rowsRejected: number;
  /** Written when the job is done; 0 before. */
  inserted: number;
  updated: number;
  /** The first MAX_LISTED_REJECTIONS rejections, in row order. */
  rejected: ImportRejection[];
  /** Why a failed job failed (code as in ERROR_CODES, Thai message). */
  error: { code: string; message: string } | null;
  createdAt: string;
  finishedAt: string | null;
}
