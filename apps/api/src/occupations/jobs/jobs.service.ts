import { Injectable } from '@nestjs/common';
import type {
  CreateJobDto, CreateJobPlacementDto, JobDetailView, JobMatchQueryDto, JobMatchView, JobPlacementView, JobQueryDto, JobView, UpdateJobDto,
  UpdateJobPlacementDto,
} from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { fieldError, invalidField, staleVersion } from '../../common/domain-errors';
import { laoOf, type RequestContext } from '../../common/request-context';
import { TenantDb, type TenantTx } from '../../database/tenant-db';
import { AuditRepository, changesOf } from '../../residents/audit.repository';
import { EldersRepository } from '../elders.repository';
import { jobFull, jobNotFound, jobPlacementNotFound, overlappingJobPlacement, referenceNotFound } from '../occupations.exception';
import { byFit, relatedTo, scoreMatch } from './job-matcher';
import { JobMatchesRepository } from './job-matches.repository';
import { JobsRepository } from './jobs.repository';

const DEFAULT_MATCHES = 20;

/** Local job opportunities, the elders who fit them, and who was placed. */
@Injectable()
export class JobsService {
  constructor(
    private readonly db: TenantDb,
    private readonly jobs: JobsRepository,
    private readonly matchFacts: JobMatchesRepository,
    private readonly elders: EldersRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(ctx: RequestContext, query: JobQueryDto): Promise<{ items: JobView[]; total: number }> {
    const items = await this.db.run(laoOf(ctx), (tx) => this.jobs.list(tx, todayInBangkok(), query));
    return { items, total: items.length };
  }

  get(ctx: RequestContext, id: string): Promise<JobDetailView> {
    return this.db.run(laoOf(ctx), (tx) => this.detail(tx, id));
  }

  create(ctx: RequestContext, dto: CreateJobDto): Promise<JobDetailView> {
    return this.db.run(laoOf(ctx), async (tx) => this.detail(tx, await this.jobs.insert(tx, { ...dto, weekdays: byDay(dto.weekdays) })));
  }

  update(ctx: RequestContext, id: string, dto: UpdateJobDto): Promise<JobDetailView> {
    const { version, ...change } = dto;
    return this.db.run(laoOf(ctx), async (tx) => {
      const job = await this.found(tx, id, true);
      if (job.version !== version) throw staleVersion();
      const startTime = change.startTime ?? job.startTime;
      const endTime = change.endTime ?? job.endTime;
      if (endTime <= startTime) throw invalidField('endTime', 'endTimeBeforeStart');
      await this.jobs.update(tx, id, { ...change, weekdays: change.weekdays && byDay(change.weekdays) });
      return this.detail(tx, id);
    });
  }

  /** The LAO's elders ranked by fit, with the reasons for each (see job-matcher.ts). */
  matches(ctx: RequestContext, id: string, query: JobMatchQueryDto): Promise<JobMatchView[]> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const job = await this.found(tx, id);
      const today = todayInBangkok();
      const facts = await this.matchFacts.facts(tx, id, today, relatedTo(job.field));
      return facts
        .map((f) => scoreMatch(job, f, today))
        .filter((m): m is JobMatchView => m !== null)
        .sort(byFit)
        .slice(0, query.limit ?? DEFAULT_MATCHES);
    });
  }

  /**
   * Places an elder in the job. One elder's placements in a job may not overlap (409); a job
   * that is not shareable takes at most `slots` placements overlapping the new one's dates (409).
   */
  place(ctx: RequestContext, id: string, dto: CreateJobPlacementDto): Promise<JobPlacementView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      // The job's row lock serialises placements into it, so the slot count holds.
      const job = await this.found(tx, id, true);
      if (!(await this.elders.find(tx, [dto.residentId])).size) throw referenceNotFound('residentId');
      if (!job.open) throw fieldError('residentId', 'jobClosed');
      await this.checkRoom(tx, job, dto.residentId, dto.from, dto.to ?? null);
      const placementId = await this.jobs.insertPlacement(tx, id, { residentId: dto.residentId, from: dto.from, to: dto.to ?? null, note: dto.note ?? null }, ctx.userId);
      await this.audit.record(tx, { residentId: dto.residentId, actorId: ctx.userId, action: 'update', note: `อาชีพอิสระ: จัดหางาน "${job.title}" ${placementId}` });
      return this.foundPlacement(tx, id, placementId);
    });
  }

  /** Ends a placement (or corrects its end). */
  updatePlacement(ctx: RequestContext, id: string, placementId: string, dto: UpdateJobPlacementDto): Promise<JobPlacementView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const job = await this.found(tx, id, true);
      const placement = await this.foundPlacement(tx, id, placementId);
      if (dto.to !== undefined) {
        if (dto.to !== null && dto.to < placement.from) throw invalidField('to', 'endBeforeStart');
        await this.checkRoom(tx, job, placement.resident.id, placement.from, dto.to, placementId);
      }
      await this.jobs.updatePlacement(tx, placementId, dto);
      await this.audit.record(tx, { residentId: placement.resident.id, actorId: ctx.userId, action: 'update', changes: changesOf(placement, dto), note: `อาชีพอิสระ: แก้ไขการจัดหางาน "${job.title}" ${placementId}` });
      return this.foundPlacement(tx, id, placementId);
    });
  }

  private async checkRoom(tx: TenantTx, job: JobView, residentId: string, from: string, to: string | null, exceptId?: string): Promise<void> {
    const overlapping = await this.jobs.overlapping(tx, job.id, from, to, exceptId);
    const own = overlapping.find((p) => p.residentId === residentId);
    if (own) throw overlappingJobPlacement(own.id);
    if (!job.shareable && overlapping.length >= job.slots) throw jobFull(job.slots);
  }

  private async detail(tx: TenantTx, id: string): Promise<JobDetailView> {
    const job = await this.found(tx, id);
    return { ...job, placements: await this.jobs.placements(tx, todayInBangkok(), id) };
  }

  private async found(tx: TenantTx, id: string, lock = false): Promise<JobView> {
    const job = await this.jobs.find(tx, todayInBangkok(), id, lock);
    if (!job) throw jobNotFound();
    return job;
  }

  private async foundPlacement(tx: TenantTx, jobId: string, id: string): Promise<JobPlacementView> {
    const placement = await this.jobs.findPlacement(tx, todayInBangkok(), jobId, id);
    if (!placement) throw jobPlacementNotFound();
    return placement;
  }
}

const byDay = (weekdays: number[]): number[] => [...weekdays].sort((a, b) => a - b);
