import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import {
  ERROR_CODES, FINISHED_IMPORT_STATES, MAX_LISTED_REJECTIONS,
  type ImportJobView, type ImportKind, type ImportRejection,
} from '@elderwork/contracts';
import { DomainError, notFound } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import type { TenantTx } from '../database/tenant-db';
import { ImportJobsRepository, type Outcome } from './import-jobs.repository';
import type { ReadProgress, StoredFile } from './import-stream';

const REPORT_EVERY_MS = 250;

const notFoundImport = (): DomainError => notFound('การนำเข้า');
const cancelled = (): DomainError => new DomainError(409, ERROR_CODES.importCancelled, 'การนำเข้าถูกยกเลิก ไม่มีการบันทึกข้อมูลใด ๆ');

/** What an import's work sees of its job: where to count, where to reject, when to stop. */
export class RunningImport {
  readonly read: ReadProgress = { bytes: 0 };
  rowsDone = 0;
  rowsRejected = 0;
  private readonly rejections: ImportRejection[] = [];
  private readonly abort = new AbortController();
  private lastReport = Date.now();
  private startedResolve!: () => void;
  readonly started = new Promise<void>((resolve) => (this.startedResolve = resolve));

  constructor(
    readonly id: string,
    readonly laoId: string,
    private readonly repo: ImportJobsRepository,
  ) {}

  /** The file's heading row was accepted: the job is under way (an asynchronous request is answered now). */
  markStarted(): void {
    this.startedResolve();
  }

  /** One rejected row, with one entry per wrong field. */
  reject(entries: ImportRejection[]): void {
    this.rowsRejected += 1;
    this.listed(entries);
  }

  private listed(entries: ImportRejection[]): void {
    if (this.rejections.length < MAX_LISTED_REJECTIONS) this.rejections.push(...entries);
  }

  /** Rejections in row order (rows are read in order), at most MAX_LISTED_REJECTIONS. */
  get rejected(): ImportRejection[] {
    return this.rejections.slice(0, MAX_LISTED_REJECTIONS);
  }

  cancel(): void {
    this.abort.abort();
  }

  throwIfCancelled(): void {
    if (this.abort.signal.aborted) throw cancelled();
  }

  /** Writes progress now and then; a cancel asked for on any server stops the job here. */
  async report(force = false, state?: 'writing'): Promise<void> {
    this.throwIfCancelled();
    if (!force && Date.now() - this.lastReport < REPORT_EVERY_MS) return;
    this.lastReport = Date.now();
    const now = await this.repo.progress(this.laoId, this.id, this.progress, state);
    if (now === 'cancelling') this.cancel();
    this.throwIfCancelled();
  }

  get progress() {
    return { bytesDone: this.read.bytes, rowsDone: this.rowsDone, rowsRejected: this.rowsRejected };
  }

  /** The job's success, written in the import's transaction: either both commit or neither. */
  async complete(tx: TenantTx, counts: { inserted: number; updated: number }): Promise<void> {
    await this.report(true);
    await this.repo.finish(tx, this.id, { state: 'done', ...this.progress, ...counts, rejected: this.rejected, error: null });
  }

  outcomeOf(error: unknown): Outcome {
    const base = { ...this.progress, inserted: 0, updated: 0, rejected: this.rejected };
    if (this.abort.signal.aborted) return { ...base, state: 'cancelled', error: null };
    if (error instanceof DomainError) return { ...base, state: 'failed', error: { code: error.code, message: error.message } };
    return { ...base, state: 'failed', error: { code: 'IMPORT_FAILED', message: 'การนำเข้าล้มเหลวเพราะข้อผิดพลาดของระบบ ไม่มีการบันทึกข้อมูลใด ๆ กรุณาลองใหม่หรือแจ้งผู้ดูแลระบบ' } };
  }
}

export interface StartImport {
  kind: ImportKind;
  file: StoredFile | undefined;
  /** Wait for the end (the classic request) or answer once the heading row is accepted. */
  wait: boolean;
}

/**
 * Imports run as jobs. The work runs in one transaction of its own; progress goes to import_job
 * beside it. Whatever ends the work early — a bad file, a cancel, a crash — rolls the transaction
 * back, so a failed or cancelled import leaves nothing half-written.
 */
@Injectable()
export class ImportJobsService implements BeforeApplicationShutdown {
  private readonly log = new Logger('ImportJobs');
  private readonly running = new Map<string, { job: RunningImport; done: Promise<unknown> }>();

  constructor(private readonly repo: ImportJobsRepository) {}

  async start(ctx: RequestContext, { kind, file, wait }: StartImport, work: (job: RunningImport) => Promise<unknown>): Promise<ImportJobView> {
    const laoId = laoOf(ctx);
    const id = await this.repo.create(laoId, { kind, fileName: file?.originalname ?? '', bytesTotal: file?.size ?? 0, createdBy: ctx.userId });
    const job = new RunningImport(id, laoId, this.repo);
    const done = this.run(job, file, work);
    this.running.set(id, { job, done });
    // A file refused at its heading row fails both kinds of request at once, with its message.
    const first = await Promise.race([job.started.then(() => null), done.then((error) => error ?? null)]);
    if (first instanceof DomainError) throw first;
    if (wait) {
      const error = await done;
      if (error instanceof DomainError && error.code !== ERROR_CODES.importCancelled) throw error;
    }
    return this.get(ctx, id);
  }

  /** Resolves with the error that ended the job, or undefined when it succeeded. */
  private async run(job: RunningImport, file: StoredFile | undefined, work: (job: RunningImport) => Promise<unknown>): Promise<unknown> {
    try {
      await work(job);
      return undefined;
    } catch (error) {
      if (!(error instanceof DomainError)) this.log.error(`import ${job.id} failed`, error instanceof Error ? error.stack : String(error));
      await this.repo.finishAlone(job.laoId, job.id, job.outcomeOf(error)).catch((e: unknown) => this.log.error(`import ${job.id}: could not record the failure`, String(e)));
      return error;
    } finally {
      this.running.delete(job.id);
      if (file?.path) await rm(file.path, { force: true });
    }
  }

  async get(ctx: RequestContext, id: string): Promise<ImportJobView> {
    return (await this.repo.get(laoOf(ctx), id)) ?? Promise.reject(notFoundImport());
  }

  list(ctx: RequestContext): Promise<ImportJobView[]> {
    return this.repo.list(laoOf(ctx), 20);
  }

  /** Stops a running import; it rolls back and reads `cancelled`. A finished one cannot be cancelled (409). */
  async cancel(ctx: RequestContext, id: string): Promise<ImportJobView> {
    const job = await this.get(ctx, id);
    if (FINISHED_IMPORT_STATES.includes(job.state)) {
      throw new DomainError(409, ERROR_CODES.importFinished, 'การนำเข้านี้เสร็จสิ้นแล้ว ยกเลิกไม่ได้');
    }
    await this.repo.requestCancel(laoOf(ctx), id);
    const here = this.running.get(id);
    if (here) {
      here.job.cancel();
      await here.done;
    }
    return this.get(ctx, id);
  }

  /** On shutdown, running imports are cancelled (and roll back) before the database pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    const all = [...this.running.values()];
    for (const { job } of all) job.cancel();
    await Promise.all(all.map(({ done }) => done));
  }
}
