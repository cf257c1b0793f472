import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import {
  ERROR_CODES, FINISHED_IMPORT_STATES, IMPORT_MESSAGES,
  type ImportJobView, type ImportKind, type ImportRejection,
} from '@elderwork/contracts';
import { DomainError, notFound } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { TenantTx } from '../database/tenant-db';
import { ImportJobsRepository, type JobOwner, type OwnedJob, type Outcome } from './import-jobs.repository';
import { ImportSlots } from './import-slots';
import type { ReadLimits, ReadProgress, StoredFile } from './import-stream';
import { Rejections } from './rejections';
import { claimUpload, configureUploadRoot, processAlive, sweepUploadDirectories } from './upload';

const REPORT_EVERY_MS = 250;

/** One owner per process (two apps in one process, as in tests, are one owner: neither takes the other's jobs for orphans). */
const PROCESS_OWNER: JobOwner = { id: randomUUID(), host: hostname(), pid: process.pid };

const notFoundImport = (): DomainError => notFound('การนำเข้า');
const cancelled = (): DomainError => new DomainError(409, ERROR_CODES.importCancelled, IMPORT_MESSAGES.cancelled.th);

/** What an import's work sees of its job: where to count, where to reject, when to stop. */
export class RunningImport {
  readonly read: ReadProgress = { bytes: 0 };
  rowsDone = 0;
  private readonly rejections = new Rejections();
  private readonly abort = new AbortController();
  private lastReport = Date.now();
  private startedResolve!: () => void;
  readonly started = new Promise<void>((resolve) => (this.startedResolve = resolve));

  constructor(
    readonly id: string,
    readonly laoId: string,
    private readonly repo: ImportJobsRepository,
    /** The caps of what a file may be. */
    readonly limits: ReadLimits,
  ) {}

  get rowsRejected(): number {
    return this.rejections.rows;
  }

  /** The file's heading row was accepted: the job is under way (an asynchronous request is answered now). */
  markStarted(): void {
    this.startedResolve();
  }

  /** One rejected row, with one entry per wrong field. */
  reject(entries: ImportRejection[]): void {
    this.rejections.add(entries);
  }

  /** Rejections in row order (rows are read in order), at most MAX_LISTED_REJECTIONS. */
  get rejected(): ImportRejection[] {
    return this.rejections.listed;
  }

  get signal(): AbortSignal {
    return this.abort.signal;
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
    return { ...base, state: 'failed', error: { code: ERROR_CODES.importFailed, message: IMPORT_MESSAGES.failed.th } };
  }
}

export interface StartImport {
  kind: ImportKind;
  file: StoredFile | undefined;
  /** Wait for the end (the classic request) or answer once the heading row is accepted (or the job is queued). */
  wait: boolean;
}

/**
 * Imports run as jobs, owned by the process that runs them (decision 0017). A job waits for one of
 * the process's import slots (`queued`, its place shown), then works in one transaction of its own;
 * progress goes to import_job beside it. Whatever ends the work early — a bad file, a cancel, a
 * crash — rolls the transaction back, so a failed or cancelled import leaves nothing half-written.
 * The owner's heartbeat shows its jobs are alive; any process marks the jobs of a dead owner failed.
 */
@Injectable()
export class ImportJobsService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly log = new Logger('ImportJobs');
  private readonly jobs = new Map<string, { job: RunningImport; done: Promise<unknown> }>();
  readonly owner: JobOwner = PROCESS_OWNER;
  readonly slots: ImportSlots;
  private readonly limits: ReadLimits;
  private timers: NodeJS.Timeout[] = [];
  private queueWrite: Promise<unknown> = Promise.resolve();
  private sweeping: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly repo: ImportJobsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.slots = new ImportSlots(config.imports.concurrency, (queue) => this.writeQueue(queue));
    this.limits = { zip: { maxUnpackedBytes: config.imports.xlsxMaxUnpackedBytes, maxRatio: config.imports.xlsxMaxRatio } };
  }

  /** What an import file may be (the XLSX caps), for imports that are not jobs (the income import). */
  get readLimits(): ReadLimits {
    return this.limits;
  }

  /** At start: the uploads of dead processes are removed, and jobs whose owner is gone are marked failed; then the same every little while. */
  async onModuleInit(): Promise<void> {
    configureUploadRoot(this.config.imports.uploadRoot);
    const removed = await sweepUploadDirectories();
    if (removed.length) this.log.log(`removed the upload directories of processes gone: ${removed.join(', ')}`);
    await this.sweep(true).catch((e: unknown) => this.log.warn(`import sweep at start: ${String(e)}`));
    const every = (ms: number, task: () => Promise<unknown>): void => {
      const timer = setInterval(() => void task().catch((e: unknown) => this.log.warn(`import housekeeping: ${String(e)}`)), ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(this.config.imports.heartbeatMs, () => this.heartbeat());
    every(this.config.imports.sweepMs, () => this.sweep(false));
  }

  async start(ctx: RequestContext, { kind, file, wait }: StartImport, work: (job: RunningImport) => Promise<unknown>): Promise<ImportJobView> {
    const laoId = laoOf(ctx);
    claimUpload(file); // from here the job removes the file, whatever happens
    let id: string;
    try {
      id = await this.repo.create(laoId, { kind, fileName: file?.originalname ?? '', bytesTotal: file?.size ?? 0, createdBy: ctx.userId, filePath: file?.path ?? null }, this.owner);
    } catch (error) {
      if (file?.path) await rm(file.path, { force: true });
      throw error;
    }
    const job = new RunningImport(id, laoId, this.repo, this.limits);
    const queued = this.slots.full;
    const done = this.run(job, file, work); // joins the queue at once when no slot is free
    this.jobs.set(id, { job, done });
    if (queued && !wait) {
      await this.queueWrite;
      return this.get(ctx, id);
    }
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
    let release: (() => void) | null = null;
    try {
      const waiting = this.slots.acquire(job.id);
      job.signal.addEventListener('abort', () => this.slots.leave(job.id, cancelled()), { once: true });
      release = await waiting;
      job.throwIfCancelled();
      const state = await this.repo.begin(job.laoId, job.id);
      if (state !== 'running') job.cancel(); // asked to stop while it waited
      job.throwIfCancelled();
      await work(job);
      return undefined;
    } catch (error) {
      if (!(error instanceof DomainError)) this.log.error(`import ${job.id} failed`, error instanceof Error ? error.stack : String(error));
      await this.repo.finishAlone(job.laoId, job.id, job.outcomeOf(error)).catch((e: unknown) => this.log.error(`import ${job.id}: could not record the failure`, String(e)));
      return error;
    } finally {
      release?.();
      this.jobs.delete(job.id);
      if (file?.path) await rm(file.path, { force: true });
    }
  }

  async get(ctx: RequestContext, id: string): Promise<ImportJobView> {
    return (await this.repo.get(laoOf(ctx), id)) ?? Promise.reject(notFoundImport());
  }

  list(ctx: RequestContext): Promise<ImportJobView[]> {
    return this.repo.list(laoOf(ctx), 20);
  }

  /**
   * Stops an import; it rolls back and reads `cancelled`. A job this process runs or queues stops
   * here; one whose owner is gone ends at once; one of another live process is marked and stops
   * at its owner's next report. A finished one cannot be cancelled (409).
   */
  async cancel(ctx: RequestContext, id: string): Promise<ImportJobView> {
    const laoId = laoOf(ctx);
    const job = await this.get(ctx, id);
    if (FINISHED_IMPORT_STATES.includes(job.state)) {
      throw new DomainError(409, ERROR_CODES.importFinished, IMPORT_MESSAGES.finished.th);
    }
    const here = this.jobs.get(id);
    if (here) {
      await this.repo.requestCancel(laoId, id);
      here.job.cancel();
      await here.done;
      return this.get(ctx, id);
    }
    const owned = await this.repo.owned(laoId, id);
    if (owned && this.orphaned(owned)) {
      await this.endOrphan(owned, 'cancelled');
    } else if (owned) {
      await this.repo.requestCancel(laoId, id);
    }
    return this.get(ctx, id);
  }

  /** Its owner is gone: its heartbeat is stale, or it ran on this host under a pid that is dead (or now ours). */
  private orphaned(job: OwnedJob): boolean {
    if (job.ownerId === this.owner.id) return false;
    if (job.stale || job.ownerId === null) return true;
    return job.ownerHost === this.owner.host && job.ownerPid !== null && (job.ownerPid === this.owner.pid || !processAlive(job.ownerPid));
  }

  private async endOrphan(job: OwnedJob, state: 'failed' | 'cancelled'): Promise<void> {
    const ended = await this.repo.endOrphan(job.laoId, job.id, job.ownerId, state);
    // The file is on the owner's host; another host's start sweep removes its own.
    if (ended?.filePath && job.ownerHost === this.owner.host) await rm(ended.filePath, { force: true });
    if (ended) this.log.warn(`import ${job.id} of a process gone (${job.ownerHost ?? '?'}:${job.ownerPid ?? '?'}) marked ${state}`);
  }

  /** Marks failed the jobs of every LAO whose owner is gone. One sweep at a time. */
  private sweep(atStart: boolean): Promise<unknown> {
    this.sweeping = this.sweeping.catch(() => undefined).then(async () => {
      const orphans = (await this.repo.othersUnfinished(this.owner)).filter((job) => this.orphaned(job));
      for (const job of orphans) await this.endOrphan(job, 'failed');
      if (atStart && orphans.length) this.log.log(`${orphans.length} import(s) left by processes gone marked failed`);
    });
    return this.sweeping;
  }

  /** Proves this process's jobs alive; a queued job asked to stop from another process stops here. */
  private async heartbeat(): Promise<void> {
    if (this.jobs.size === 0) return;
    for (const { id, state } of await this.repo.heartbeat(this.owner)) {
      if (state === 'cancelling') this.jobs.get(id)?.job.cancel();
    }
  }

  /** The queue's places, written one write at a time (the last one wins). */
  private writeQueue(queue: string[]): void {
    this.queueWrite = this.queueWrite
      .then(() => (queue.length ? this.repo.writeQueue(this.owner, queue) : undefined))
      .catch((e: unknown) => this.log.warn(`import queue positions not written: ${String(e)}`));
  }

  /** On shutdown, imports are cancelled (running ones roll back) before the database pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    const all = [...this.jobs.values()];
    for (const { job } of all) job.cancel();
    await Promise.all(all.map(({ done }) => done));
    await this.queueWrite;
    await this.sweeping.catch(() => undefined);
  }
}
